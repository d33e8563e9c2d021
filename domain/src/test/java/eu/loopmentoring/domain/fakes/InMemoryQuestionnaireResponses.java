package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.profile.QuestionnaireResponse;
import eu.loopmentoring.domain.profile.QuestionnaireResponses;
import eu.loopmentoring.domain.questionnaire.Answer;
import eu.loopmentoring.domain.questionnaire.DimensionScore;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Responses with each answer's dimension, as the adapter keeps them. */
public final class InMemoryQuestionnaireResponses implements QuestionnaireResponses {
    public final Map<UUID, QuestionnaireResponse> byId = new ConcurrentHashMap<>();
    private final Map<UUID, AnswerDimensions> dimensions = new ConcurrentHashMap<>();

    private static final Comparator<QuestionnaireResponse> NEWEST_FIRST = Comparator.comparing(
                    QuestionnaireResponse::createdAt)
            .thenComparing(r -> r.id().toString())
            .reversed();

    @Override
    public Optional<QuestionnaireResponse> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<QuestionnaireResponse> draftOf(UUID personId) {
        return byId.values().stream()
                .filter(r -> r.personId().equals(personId) && !r.isSubmitted())
                .findFirst();
    }

    @Override
    public List<QuestionnaireResponse> latestSubmitted(UUID personId, int count) {
        return byId.values().stream()
                .filter(r -> r.personId().equals(personId) && r.isSubmitted())
                .sorted(Comparator.comparing(
                                (QuestionnaireResponse r) -> r.submittedAt().orElseThrow())
                        .thenComparing(r -> r.id().toString())
                        .reversed())
                .limit(count)
                .toList();
    }

    @Override
    public Page<QuestionnaireResponse> list(UUID personId, PageRequest page) {
        return FakePages.byKeyDescending(
                byId.values().stream().filter(r -> r.personId().equals(personId)),
                page,
                r -> List.of(FakePages.sortable(r.createdAt()), r.id().toString()));
    }

    @Override
    public List<QuestionnaireResponse> all(UUID personId) {
        return byId.values().stream()
                .filter(r -> r.personId().equals(personId))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public synchronized boolean add(QuestionnaireResponse response, AnswerDimensions answerDimensions) {
        if (!response.isSubmitted() && draftOf(response.personId()).isPresent()) {
            return false;
        }
        byId.put(response.id(), response);
        dimensions.put(response.id(), answerDimensions);
        return true;
    }

    @Override
    public synchronized Optional<QuestionnaireResponse> update(
            QuestionnaireResponse response, AnswerDimensions answerDimensions) {
        QuestionnaireResponse stored = byId.get(response.id());
        if (stored == null || stored.version() != response.version() || stored.isSubmitted()) {
            return Optional.empty();
        }
        QuestionnaireResponse next = copy(response, response.answers(), response.scores(), response.version() + 1);
        byId.put(next.id(), next);
        dimensions.put(next.id(), answerDimensions);
        return Optional.of(next);
    }

    @Override
    public synchronized void erase(UUID personId, ProfileDimension dimension) {
        byId.replaceAll((id, r) -> {
            if (!r.personId().equals(personId)) {
                return r;
            }
            AnswerDimensions of = dimensions.get(id);
            return copy(
                    r,
                    r.answers().stream()
                            .filter(a -> of.of(a.itemKey()) != dimension)
                            .toList(),
                    r.scores().stream().filter(s -> s.dimension() != dimension).toList(),
                    r.version());
        });
    }

    /** Erasure: the person's responses go with their account. */
    public synchronized void forget(UUID personId) {
        byId.values().removeIf(r -> r.personId().equals(personId));
    }

    private static QuestionnaireResponse copy(
            QuestionnaireResponse r, List<Answer> answers, List<DimensionScore> scores, long version) {
        return new QuestionnaireResponse(
                r.id(),
                r.personId(),
                r.questionnaireId(),
                r.status(),
                answers,
                scores,
                r.trainingTopics(),
                r.createdAt(),
                r.updatedAt(),
                r.submittedAt(),
                version);
    }
}
