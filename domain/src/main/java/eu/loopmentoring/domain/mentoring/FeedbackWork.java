package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.MentoringAccess.notFound;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Each member's closing feedback on a relationship once it ended, which only its author reads. People only. */
public class FeedbackWork {

    private final ClosingFeedbacks feedback;
    private final MentoringAccess access;
    private final Clock clock;

    public FeedbackWork(ClosingFeedbacks feedback, MentoringAccess access, Clock clock) {
        this.feedback = feedback;
        this.access = access;
        this.clock = clock;
    }

    public ClosingFeedback myFeedback(Subject subject, UUID relationshipId) {
        PersonSubject person = Access.person(subject);
        access.ofMember(person, relationshipId);
        return feedback.find(relationshipId, person.id()).orElseThrow(() -> notFound("feedback", relationshipId));
    }

    public ClosingFeedback giveFeedback(Subject subject, UUID relationshipId, int rating, Optional<String> text) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = access.ofMember(person, relationshipId);
        if (relationship.status().isRunning()) {
            throw new RuleViolationException("Feedback is asked for once the relationship is COMPLETED or"
                    + " ENDED_EARLY; this one is " + relationship.status() + ".");
        }
        Side side = relationship.sideOf(person.id()).orElseThrow();
        return feedback.put(new ClosingFeedback(relationshipId, person.id(), side, rating, text, clock.instant()));
    }
}
