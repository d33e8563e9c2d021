package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Evaluation and feedback: people review published resources (one review each, never their own)
 * and record what they opened or completed. A review and the rating aggregate change together
 * while the resource is held, so concurrent reviews never lose one another. Uses are shown to
 * nobody but the person.
 */
public class ResourceFeedback {

    private final LearningResources resources;
    private final ResourceReviews reviews;
    private final ResourceUses uses;
    private final Clock clock;

    public ResourceFeedback(LearningResources resources, ResourceReviews reviews, ResourceUses uses, Clock clock) {
        this.resources = resources;
        this.reviews = reviews;
        this.uses = uses;
        this.clock = clock;
    }

    /** The caller's review of a published resource, new or replacing theirs. */
    public Review review(Subject subject, UUID resourceId, int rating, String comment) {
        PersonSubject reviewer = Access.person(subject);
        Review.checked(rating, comment);
        LearningResource resource = ResourceAccess.visible(reviewer, locked(resourceId));
        ResourceAccess.requirePublished(resource, "People review");
        if (resource.isBy(reviewer.id())) {
            throw new RuleViolationException("Authors cannot review their own resource.");
        }
        Review review = reviews.put(resourceId, reviewer.id(), rating, comment, clock.instant());
        resources.refreshRating(resourceId);
        return review;
    }

    public void removeReview(Subject subject, UUID resourceId) {
        PersonSubject reviewer = Access.person(subject);
        ResourceAccess.visible(reviewer, locked(resourceId));
        if (!reviews.remove(resourceId, reviewer.id())) {
            throw new ObjectNotFoundException("review of yours on resource", resourceId);
        }
        resources.refreshRating(resourceId);
    }

    /** The reviews of a resource the caller sees, newest first. For people only. */
    public Page<Review> reviews(Subject subject, UUID resourceId, PageRequest page) {
        PersonSubject person = Access.person(subject);
        ResourceAccess.visible(person, existing(resourceId));
        return reviews.list(resourceId, page);
    }

    /** Records that the caller opened or completed a published resource; the first time counts. */
    public ResourceUse recordUse(Subject subject, UUID resourceId, UseKind kind) {
        PersonSubject person = Access.person(subject);
        LearningResource resource = ResourceAccess.visible(person, existing(resourceId));
        ResourceAccess.requirePublished(resource, "Uses are recorded for");
        return uses.record(new ResourceUse(person.id(), resourceId, kind, clock.instant()));
    }

    public List<Review> myReviews(Subject subject) {
        return reviews.by(Access.person(subject).id());
    }

    public List<ResourceUse> myUses(Subject subject) {
        return uses.by(Access.person(subject).id());
    }

    private LearningResource existing(UUID id) {
        return resources.find(id).orElseThrow(() -> ResourceAccess.notFound(id));
    }

    private LearningResource locked(UUID id) {
        return resources.findLocked(id).orElseThrow(() -> ResourceAccess.notFound(id));
    }
}
