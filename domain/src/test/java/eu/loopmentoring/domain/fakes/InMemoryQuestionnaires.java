package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireStatus;
import eu.loopmentoring.domain.questionnaire.Questionnaires;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Revisions, the next version number, and the order: drafts newest first, then versions highest first. */
public final class InMemoryQuestionnaires implements Questionnaires {
    public final Map<UUID, Questionnaire> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<Questionnaire> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Questionnaire> findCurrent() {
        return byId.values().stream()
                .filter(Questionnaire::isPublished)
                .max(Comparator.comparing(q -> q.versionNumber().orElseThrow()));
    }

    @Override
    public Page<Questionnaire> list(Optional<QuestionnaireStatus> status, PageRequest page) {
        // The adapter's key: (version or "above all", newest first, id ascending); sortable as
        // strings when the id, the only ascending part, is made to sort descending.
        return FakePages.byKeyDescending(
                byId.values().stream().filter(q -> status.isEmpty() || q.status() == status.get()),
                page,
                q -> List.of(
                        FakePages.sortable(q.versionNumber().orElse(Integer.MAX_VALUE)),
                        FakePages.sortable(q.createdAt()),
                        descending(q.id())));
    }

    private static String descending(UUID id) {
        StringBuilder inverted = new StringBuilder();
        for (char c : id.toString().toCharArray()) {
            inverted.append(c == '-' ? c : Character.forDigit(15 - Character.digit(c, 16), 16));
        }
        return inverted.toString();
    }

    @Override
    public void add(Questionnaire draft) {
        byId.put(draft.id(), draft);
    }

    @Override
    public synchronized Optional<Questionnaire> update(Questionnaire draft) {
        Questionnaire stored = byId.get(draft.id());
        if (stored == null || stored.isPublished() || stored.revision() != draft.revision()) {
            return Optional.empty();
        }
        Questionnaire next = new Questionnaire(
                draft.id(),
                draft.versionNumber(),
                draft.status(),
                draft.content(),
                draft.createdAt(),
                draft.publishedAt(),
                draft.revision() + 1);
        byId.put(next.id(), next);
        return Optional.of(next);
    }

    @Override
    public synchronized Optional<Questionnaire> publish(UUID draftId, long revision, Instant now) {
        Questionnaire stored = byId.get(draftId);
        if (stored == null || stored.isPublished() || stored.revision() != revision) {
            return Optional.empty();
        }
        int next = findCurrent().flatMap(Questionnaire::versionNumber).orElse(0) + 1;
        Questionnaire publishedAtRevision = stored.publish(next, now);
        Questionnaire published = new Questionnaire(
                draftId,
                publishedAtRevision.versionNumber(),
                publishedAtRevision.status(),
                publishedAtRevision.content(),
                publishedAtRevision.createdAt(),
                publishedAtRevision.publishedAt(),
                revision + 1);
        byId.put(draftId, published);
        return Optional.of(published);
    }

    @Override
    public synchronized boolean remove(UUID draftId, long revision) {
        Questionnaire stored = byId.get(draftId);
        return stored != null && !stored.isPublished() && stored.revision() == revision && byId.remove(draftId) != null;
    }
}
