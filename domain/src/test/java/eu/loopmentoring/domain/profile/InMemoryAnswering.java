package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireCatalog;
import eu.loopmentoring.domain.questionnaire.QuestionnaireStatus;
import eu.loopmentoring.domain.questionnaire.Questionnaires;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Questionnaire answering and consent over in-memory adapters that keep each port's contract. */
public final class InMemoryAnswering {

    final Map<UUID, Questionnaire> questionnaires = new HashMap<>();
    public final Responses responses = new Responses();
    public final ConsentRecords consents = new ConsentRecords();
    final SpecialCategoryConsent consent;
    public final QuestionnaireAnswering answering;

    public InMemoryAnswering(Clock clock) {
        Questionnaires catalogPort = new Questionnaires() {
            @Override
            public Optional<Questionnaire> find(UUID id) {
                return Optional.ofNullable(questionnaires.get(id));
            }

            @Override
            public Optional<Questionnaire> findCurrent() {
                return questionnaires.values().stream()
                        .filter(Questionnaire::isPublished)
                        .max(Comparator.comparing(q -> q.versionNumber().orElseThrow()));
            }

            @Override
            public Page<Questionnaire> list(Optional<QuestionnaireStatus> status, PageRequest page) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void add(Questionnaire draft) {
                questionnaires.put(draft.id(), draft);
            }

            @Override
            public Optional<Questionnaire> update(Questionnaire draft) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Questionnaire> publish(UUID draftId, long revision, Instant now) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean remove(UUID draftId, long revision) {
                throw new UnsupportedOperationException();
            }
        };
        consent = new SpecialCategoryConsent(consents, responses, clock);
        answering = new QuestionnaireAnswering(new QuestionnaireCatalog(catalogPort, clock), responses, consent, clock);
    }

    public static final class Responses implements QuestionnaireResponses {
        final Map<UUID, QuestionnaireResponse> byId = new HashMap<>();
        final Map<UUID, AnswerDimensions> dimensions = new HashMap<>();

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
                            .reversed())
                    .limit(count)
                    .toList();
        }

        @Override
        public Page<QuestionnaireResponse> list(UUID personId, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<QuestionnaireResponse> all(UUID personId) {
            return byId.values().stream()
                    .filter(r -> r.personId().equals(personId))
                    .sorted(Comparator.comparing(QuestionnaireResponse::createdAt)
                            .reversed())
                    .toList();
        }

        @Override
        public boolean add(QuestionnaireResponse response, AnswerDimensions answerDimensions) {
            if (!response.isSubmitted() && draftOf(response.personId()).isPresent()) {
                return false;
            }
            byId.put(response.id(), response);
            dimensions.put(response.id(), answerDimensions);
            return true;
        }

        @Override
        public Optional<QuestionnaireResponse> update(
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
        public void erase(UUID personId, ProfileDimension dimension) {
            for (QuestionnaireResponse r : new ArrayList<>(byId.values())) {
                if (r.personId().equals(personId)) {
                    AnswerDimensions of = dimensions.get(r.id());
                    byId.put(
                            r.id(),
                            copy(
                                    r,
                                    r.answers().stream()
                                            .filter(a -> of.of(a.itemKey()) != dimension)
                                            .toList(),
                                    r.scores().stream()
                                            .filter(s -> s.dimension() != dimension)
                                            .toList(),
                                    r.version()));
                }
            }
        }

        private static QuestionnaireResponse copy(
                QuestionnaireResponse r,
                List<eu.loopmentoring.domain.questionnaire.Answer> answers,
                List<eu.loopmentoring.domain.questionnaire.DimensionScore> scores,
                long version) {
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

    public static final class ConsentRecords implements Consents {
        final List<Consent> all = new ArrayList<>();

        @Override
        public List<Consent> of(UUID personId) {
            return all.stream().filter(c -> c.personId().equals(personId)).toList();
        }

        @Override
        public Optional<Consent> given(UUID personId, ConsentPurpose purpose) {
            return all.stream()
                    .filter(c -> c.personId().equals(personId) && c.purpose() == purpose && c.isGiven())
                    .findFirst();
        }

        @Override
        public boolean add(Consent consent) {
            if (given(consent.personId(), consent.purpose()).isPresent()) {
                return false;
            }
            return all.add(consent);
        }

        @Override
        public boolean withdraw(UUID personId, ConsentPurpose purpose, Instant at) {
            Optional<Consent> given = given(personId, purpose);
            given.ifPresent(c -> all.set(
                    all.indexOf(c),
                    new Consent(c.id(), c.personId(), c.purpose(), c.textVersion(), c.givenAt(), Optional.of(at))));
            return given.isPresent();
        }
    }
}
