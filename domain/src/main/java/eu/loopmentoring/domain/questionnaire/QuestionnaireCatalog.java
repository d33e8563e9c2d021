package eu.loopmentoring.domain.questionnaire;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The versioned profile questionnaire: reading it, and how administrators prepare and publish
 * new versions.
 *
 * <p>Anyone, people and API clients, reads the published versions. A draft exists only for
 * administrators: anyone else finds nothing there, exactly as if it did not exist. Only
 * administrators create, change, delete and publish drafts.
 */
public class QuestionnaireCatalog {

    public static final String NEW_TITLE = "LOOP participant profile questionnaire";

    private final Questionnaires questionnaires;
    private final Clock clock;

    public QuestionnaireCatalog(Questionnaires questionnaires, Clock clock) {
        this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The published version {@code id}; for the profile, which stores answers to it. */
    public Questionnaire published(UUID id) {
        return questionnaires
                .find(id)
                .filter(Questionnaire::isPublished)
                .orElseThrow(() -> new ObjectNotFoundException("questionnaire", id));
    }

    /** The published version with the highest number: the one people answer now. */
    public Questionnaire current() {
        return questionnaires
                .findCurrent()
                .orElseThrow(() -> new ObjectNotFoundException("published questionnaire", "current"));
    }

    /** Published versions for everyone; administrators also see drafts. */
    public Page<Questionnaire> list(Subject subject, Optional<QuestionnaireStatus> status, PageRequest page) {
        if (seesDrafts(subject)) {
            return questionnaires.list(status, page);
        }
        if (status.isPresent() && status.get() == QuestionnaireStatus.DRAFT) {
            return new Page<>(List.of(), Optional.empty());
        }
        return questionnaires.list(Optional.of(QuestionnaireStatus.PUBLISHED), page);
    }

    public Questionnaire get(Subject subject, UUID id) {
        return questionnaires
                .find(id)
                .filter(q -> q.isPublished() || seesDrafts(subject))
                .orElseThrow(() -> new ObjectNotFoundException("questionnaire", id));
    }

    /** A new draft: empty, or a copy of the content of {@code basedOn}; {@code title} replaces the title. */
    public Questionnaire create(Subject subject, Optional<UUID> basedOn, Optional<String> title) {
        Access.administrator(subject);
        QuestionnaireContent content =
                basedOn.map(id -> get(subject, id).content()).orElseGet(() -> QuestionnaireContent.empty(NEW_TITLE));
        Questionnaire draft = Questionnaire.draft(title.map(content::withTitle).orElse(content), clock.instant());
        questionnaires.add(draft);
        return draft;
    }

    /**
     * The draft, if the subject may change it (administrators); a published version is a
     * conflict, whatever revision the caller holds.
     */
    public Questionnaire draftToChange(Subject subject, UUID id) {
        Questionnaire questionnaire = administered(subject, id);
        questionnaire.requireDraft("changed");
        return questionnaire;
    }

    public Questionnaire replace(
            Subject subject, UUID id, ExpectedVersion expectedRevision, QuestionnaireContent content) {
        Questionnaire draft = draftToChange(subject, id);
        expectedRevision.check(draft.revision(), "questionnaire");
        return questionnaires
                .update(draft.replace(content))
                .orElseThrow(() -> new StaleVersionException("questionnaire"));
    }

    public void delete(Subject subject, UUID id, ExpectedVersion expectedRevision) {
        Questionnaire questionnaire = administered(subject, id);
        questionnaire.requireDraft("deleted");
        expectedRevision.check(questionnaire.revision(), "questionnaire");
        if (!questionnaires.remove(id, questionnaire.revision())) {
            throw new StaleVersionException("questionnaire");
        }
    }

    /** Publishes the draft as the next version, which becomes the current questionnaire. */
    public Questionnaire publish(Subject subject, UUID id) {
        Questionnaire draft = administered(subject, id);
        draft.checkPublishable();
        return questionnaires
                .publish(id, draft.revision(), clock.instant())
                .orElseThrow(() -> new StaleVersionException("questionnaire"));
    }

    /**
     * Checks answers against a questionnaire the subject may read and computes what they would
     * give, storing nothing.
     */
    public ScoringResult preview(Subject subject, UUID id, List<Answer> answers, boolean complete) {
        Questionnaire questionnaire = get(subject, id);
        questionnaire.requireValid(answers, complete);
        return new ScoringResult(
                questionnaire.id(),
                CompetencyScoring.score(questionnaire, answers),
                CompetencyScoring.trainingTopics(questionnaire, answers));
    }

    private Questionnaire administered(Subject subject, UUID id) {
        Access.administrator(subject);
        return get(subject, id);
    }

    private static boolean seesDrafts(Subject subject) {
        return subject instanceof PersonSubject person && person.isAdministrator();
    }
}
