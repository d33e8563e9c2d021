package eu.loopmentoring.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reviews, uses, reports and the moderation queue. */
class FeedbackAndReportsTest {

    private final World w = new World();

    @Test
    void one_review_per_person_replaced_when_given_again_and_the_rating_follows() {
        UUID id = w.published().id();
        PersonSubject other = World.person();

        w.feedback.review(w.stranger, id, 5, "Clear and practical.");
        w.feedback.review(other, id, 2, "Too general.");
        w.feedback.review(w.stranger, id, 4, "Still good.");

        Rating rating = w.bank.resource(w.stranger, id).rating();
        assertThat(rating.count()).isEqualTo(2);
        assertThat(rating.average()).contains(new BigDecimal("3.00"));
        w.feedback.removeReview(other, id);
        assertThat(w.bank.resource(w.stranger, id).rating().average()).contains(new BigDecimal("4.00"));
        assertThatThrownBy(() -> w.feedback.removeReview(other, id)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void only_published_resources_are_reviewed_and_never_by_their_author() {
        UUID published = w.published().id();
        UUID submitted = w.submitted().id();

        assertThatThrownBy(() -> w.feedback.review(w.author, published, 5, "Mine is great"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("own resource");
        assertThatThrownBy(() -> w.feedback.review(w.moderator, submitted, 5, ""))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> w.feedback.review(w.stranger, submitted, 5, ""))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> w.feedback.review(w.stranger, published, 6, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("rating"));
    }

    @Test
    void an_average_is_rounded_to_two_decimals() {
        assertThat(new Rating(3, 13).average()).contains(new BigDecimal("4.33"));
        assertThat(Rating.NONE.average()).isEmpty();
    }

    @Test
    void a_use_is_recorded_once_per_person_resource_and_kind_and_shown_to_that_person_only() {
        UUID id = w.published().id();

        ResourceUse first = w.feedback.recordUse(w.stranger, id, UseKind.OPENED);
        ResourceUse again = w.feedback.recordUse(w.stranger, id, UseKind.OPENED);
        w.feedback.recordUse(w.stranger, id, UseKind.COMPLETED);

        assertThat(again).isEqualTo(first);
        assertThat(w.feedback.myUses(w.stranger))
                .extracting(ResourceUse::kind)
                .as("newest first")
                .containsExactly(UseKind.COMPLETED, UseKind.OPENED);
        assertThat(w.feedback.myUses(w.author)).isEmpty();
        assertThatThrownBy(() -> w.feedback.recordUse(w.stranger, w.draft().id(), UseKind.OPENED))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void anyone_reports_a_published_resource_once_until_it_is_resolved() {
        UUID id = w.published().id();

        ResourceReport report = w.moderation.report(w.stranger, id, ReportCategory.BROKEN_LINK, "The link is dead.");

        assertThat(report.isOpen()).isTrue();
        assertThatThrownBy(() -> w.moderation.report(w.stranger, id, ReportCategory.SPAM, "Again"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> w.moderation.report(w.stranger, id, ReportCategory.SPAM, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> w.moderation.report(w.stranger, w.draft().id(), ReportCategory.SPAM, "x"))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void the_queue_holds_submissions_and_open_reports_oldest_first_for_moderators_only() {
        LearningResource published = w.published();
        LearningResource submitted = w.submitted();
        ResourceReport report =
                w.moderation.report(w.stranger, published.id(), ReportCategory.INACCURATE, "Outdated numbers.");

        var queue = w.moderation.queue(w.moderator, PageRequest.first(10)).items();

        assertThat(queue)
                .extracting(ModerationItem::kind)
                .containsExactly(ModerationItem.Kind.SUBMISSION, ModerationItem.Kind.REPORT);
        assertThat(queue.get(0).resource().id()).isEqualTo(submitted.id());
        assertThat(queue.get(1).report()).contains(report);
        assertThatThrownBy(() -> w.moderation.queue(w.author, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_moderator_resolves_a_report_and_may_withdraw_the_resource_with_a_note() {
        UUID id = w.published().id();
        ResourceReport dismissed = w.moderation.report(w.stranger, id, ReportCategory.OTHER, "Not sure.");
        w.moderation.resolve(w.moderator, dismissed.id(), ReportOutcome.DISMISSED, "");
        ResourceReport holds = w.moderation.report(w.stranger, id, ReportCategory.COPYRIGHT, "Copied from a book.");

        assertThatThrownBy(() -> w.moderation.resolve(w.stranger, holds.id(), ReportOutcome.DISMISSED, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> w.moderation.resolve(w.moderator, holds.id(), ReportOutcome.RESOURCE_WITHDRAWN, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("note"));
        ResourceReport resolved =
                w.moderation.resolve(w.moderator, holds.id(), ReportOutcome.RESOURCE_WITHDRAWN, "Copyright holds.");

        assertThat(resolved.resolution())
                .hasValueSatisfying(r -> assertThat(r.resolvedBy()).contains(w.moderator.id()));
        assertThat(w.bank.resource(w.author, id).status()).isEqualTo(ResourceStatus.WITHDRAWN);
        assertThatThrownBy(() -> w.moderation.resolve(w.moderator, holds.id(), ReportOutcome.DISMISSED, ""))
                .isInstanceOf(RuleViolationException.class);
        assertThat(w.moderation.queue(w.moderator, PageRequest.first(10)).items())
                .isEmpty();
        assertThat(w.moderation.myReports(w.stranger)).hasSize(2);
        assertThat(w.bank.revisions(w.author, id, PageRequest.first(10))
                        .items()
                        .get(0)
                        .note())
                .isEqualTo(Optional.of("Copyright holds."));
    }
}
