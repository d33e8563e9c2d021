package eu.loopmentoring.domain.questionnaire;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Every version of the questionnaire, drafts included. */
public interface Questionnaires {

    Optional<Questionnaire> find(UUID id);

    /** The published questionnaire with the highest version number. */
    Optional<Questionnaire> findCurrent();

    /** Drafts first (newest first), then published versions by version number, highest first. */
    Page<Questionnaire> list(Optional<QuestionnaireStatus> status, PageRequest page);

    void add(Questionnaire draft);

    /**
     * Stores a draft's new content if its revision is still {@code draft.revision()}; returns it
     * with its new revision, or empty when someone changed, published or deleted it in between.
     */
    Optional<Questionnaire> update(Questionnaire draft);

    /**
     * Publishes the draft with the next version number, atomically: two publications never share
     * a number. The caller has checked the publication rules ({@link Questionnaire#publish}).
     * Empty when the draft was changed, published or deleted in between.
     */
    Optional<Questionnaire> publish(UUID draftId, long revision, Instant now);

    /** Deletes the draft if its revision is still {@code revision}; false otherwise. */
    boolean remove(UUID draftId, long revision);
}
