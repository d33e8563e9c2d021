package eu.loopmentoring.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.resource.ResourceBank.Decision;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.StaleVersionException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The moderation states of a resource, and who may move each transition. */
class ModerationStatesTest {

    private final World w = new World();

    @Test
    void a_new_resource_is_a_draft_of_its_author() {
        LearningResource draft = w.draft();

        assertThat(draft.status()).isEqualTo(ResourceStatus.DRAFT);
        assertThat(draft.submittedBy()).contains(w.author.id());
        assertThat(draft.rating()).isEqualTo(Rating.NONE);
    }

    @Test
    void a_draft_is_visible_only_to_its_author_and_moderators() {
        UUID id = w.draft().id();

        assertThat(w.bank.resource(w.author, id).id()).isEqualTo(id);
        assertThat(w.bank.resource(w.moderator, id).id()).isEqualTo(id);
        assertThat(w.bank.resource(w.administrator, id).id()).isEqualTo(id);
        assertThatThrownBy(() -> w.bank.resource(w.stranger, id)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void the_author_submits_and_a_moderator_publishes() {
        LearningResource published = w.published();

        assertThat(published.status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(published.publishedAt()).isPresent();
        assertThat(w.bank.resource(w.stranger, published.id()).status()).isEqualTo(ResourceStatus.PUBLISHED);
    }

    @Test
    void only_the_author_submits() {
        UUID id = w.draft().id();

        assertThatThrownBy(() -> w.bank.submit(w.moderator, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> w.bank.submit(w.stranger, id)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void only_moderators_publish_or_reject_and_the_author_is_no_moderator_of_their_own() {
        UUID id = w.submitted().id();

        assertThatThrownBy(() -> w.bank.moderate(w.author, id, Decision.PUBLISH, Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> w.bank.moderate(w.stranger, id, Decision.PUBLISH, Optional.empty()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThat(w.bank.moderate(w.administrator, id, Decision.PUBLISH, Optional.empty())
                        .status())
                .isEqualTo(ResourceStatus.PUBLISHED);
    }

    @Test
    void a_draft_cannot_be_published_before_it_is_submitted() {
        UUID id = w.draft().id();

        assertThatThrownBy(() -> w.bank.moderate(w.moderator, id, Decision.PUBLISH, Optional.empty()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Only a submitted resource");
    }

    @Test
    void a_rejection_needs_a_reason_which_the_author_reads() {
        UUID id = w.submitted().id();

        assertThatThrownBy(() -> w.bank.moderate(w.moderator, id, Decision.REJECT, Optional.of("  ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        LearningResource rejected = w.bank.moderate(w.moderator, id, Decision.REJECT, Optional.of("Add a licence."));

        assertThat(rejected.status()).isEqualTo(ResourceStatus.REJECTED);
        assertThat(w.bank.resource(w.author, id).rejectionReason()).contains("Add a licence.");
        assertThatThrownBy(() -> w.bank.resource(w.stranger, id)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void a_rejected_resource_revised_by_its_author_is_a_draft_again_and_can_be_resubmitted() {
        UUID id = w.submitted().id();
        LearningResource rejected = w.bank.moderate(w.moderator, id, Decision.REJECT, Optional.of("Too short."));

        LearningResource revised =
                w.bank.revise(w.author, id, ExpectedVersion.of(rejected.version()), World.titled("A longer title"));

        assertThat(revised.status()).isEqualTo(ResourceStatus.DRAFT);
        assertThat(revised.rejectionReason()).isEmpty();
        assertThat(w.bank.submit(w.author, id).status()).isEqualTo(ResourceStatus.SUBMITTED);
    }

    @Test
    void a_rejected_resource_may_also_be_resubmitted_as_it_is() {
        UUID id = w.submitted().id();
        w.bank.moderate(w.moderator, id, Decision.REJECT, Optional.of("Check the link."));

        assertThat(w.bank.submit(w.author, id).status()).isEqualTo(ResourceStatus.SUBMITTED);
    }

    @Test
    void revising_a_published_resource_resubmits_it_and_takes_it_out_of_the_bank_until_published_again() {
        LearningResource published = w.published();

        LearningResource revised = w.bank.revise(
                w.author, published.id(), ExpectedVersion.of(published.version()), World.titled("Welcoming teachers"));

        assertThat(revised.status()).isEqualTo(ResourceStatus.SUBMITTED);
        assertThatThrownBy(() -> w.bank.resource(w.stranger, published.id()))
                .isInstanceOf(ObjectNotFoundException.class);
        LearningResource again = w.bank.moderate(w.moderator, published.id(), Decision.PUBLISH, Optional.empty());
        assertThat(again.publishedAt()).isEqualTo(published.publishedAt());
    }

    @Test
    void revising_a_submitted_resource_keeps_it_in_the_queue() {
        LearningResource submitted = w.submitted();

        assertThat(w.bank.revise(
                                w.author,
                                submitted.id(),
                                ExpectedVersion.of(submitted.version()),
                                World.titled("Retitled"))
                        .status())
                .isEqualTo(ResourceStatus.SUBMITTED);
    }

    @Test
    void only_the_author_revises_and_a_stale_version_is_refused() {
        LearningResource published = w.published();

        assertThatThrownBy(() -> w.bank.revise(
                        w.moderator, published.id(), ExpectedVersion.of(published.version()), World.titled("X")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> w.bank.revise(
                        w.stranger, published.id(), ExpectedVersion.of(published.version()), World.titled("X")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> w.bank.revise(
                        w.author, published.id(), ExpectedVersion.of(published.version() - 1), World.titled("X")))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void the_author_withdraws_without_a_reason_a_moderator_only_with_one() {
        UUID mine = w.published().id();
        UUID theirs = w.published().id();

        assertThat(w.bank.withdraw(w.author, mine, Optional.empty()).status()).isEqualTo(ResourceStatus.WITHDRAWN);
        assertThatThrownBy(() -> w.bank.withdraw(w.moderator, theirs, Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> w.bank.withdraw(w.stranger, theirs, Optional.of("I do not like it")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(w.bank.withdraw(w.moderator, theirs, Optional.of("Copyright"))
                        .status())
                .isEqualTo(ResourceStatus.WITHDRAWN);
    }

    @Test
    void a_rejected_resource_can_be_withdrawn_and_its_rejection_stays_in_the_history_only() {
        UUID id = w.submitted().id();
        w.bank.moderate(w.moderator, id, Decision.REJECT, Optional.of("Add a licence."));

        LearningResource withdrawn = w.bank.withdraw(w.author, id, Optional.empty());

        assertThat(withdrawn.status()).isEqualTo(ResourceStatus.WITHDRAWN);
        assertThat(withdrawn.rejectionReason()).isEmpty();
        assertThat(w.bank.revisions(w.author, id, PageRequest.first(20)).items())
                .anySatisfy(revision -> assertThat(revision.note()).contains("Add a licence."));
    }

    @Test
    void withdrawn_is_final() {
        LearningResource withdrawn = w.bank.withdraw(w.author, w.draft().id(), Optional.empty());

        assertThatThrownBy(() -> w.bank.submit(w.author, withdrawn.id())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> w.bank.revise(
                        w.author, withdrawn.id(), ExpectedVersion.of(withdrawn.version()), World.titled("Again")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> w.bank.withdraw(w.author, withdrawn.id(), Optional.empty()))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> w.bank.resource(w.stranger, withdrawn.id()))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void every_change_is_a_revision_with_who_when_what_and_a_snapshot() {
        LearningResource draft = w.draft();
        LearningResource revised =
                w.bank.revise(w.author, draft.id(), ExpectedVersion.of(draft.version()), World.titled("Retitled"));
        w.bank.submit(w.author, draft.id());
        w.bank.moderate(w.moderator, draft.id(), Decision.REJECT, Optional.of("Needs a summary."));

        var history =
                w.bank.revisions(w.author, draft.id(), PageRequest.first(10)).items();

        assertThat(history)
                .extracting(ResourceRevision::kind)
                .containsExactly(
                        RevisionKind.REJECTED, RevisionKind.SUBMITTED, RevisionKind.EDITED, RevisionKind.CREATED);
        ResourceRevision edit = history.get(2);
        assertThat(edit.changedBy()).contains(w.author.id());
        assertThat(edit.changedFields()).containsExactly("title");
        assertThat(edit.snapshot().title()).isEqualTo("Retitled");
        assertThat(edit.version()).isEqualTo(revised.version());
        assertThat(history.get(0).changedBy()).contains(w.moderator.id());
        assertThat(history.get(0).note()).contains("Needs a summary.");
        assertThat(w.bank.revisions(w.moderator, draft.id(), PageRequest.first(10))
                        .items())
                .hasSize(4);
    }

    @Test
    void strangers_do_not_read_the_history_of_a_published_resource() {
        UUID id = w.published().id();

        assertThatThrownBy(() -> w.bank.revisions(w.stranger, id, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_organisation_is_named_only_by_its_active_members() {
        UUID school = UUID.randomUUID();
        ResourceMetadata m = World.metadata("School resource");
        ResourceMetadata ofSchool = World.with(m, m.languages(), m.authors(), Optional.of(school), Optional.of("PT"));

        assertThatThrownBy(() -> w.bank.create(w.author, ofSchool))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("organizationId"));
        w.memberships.activeMember(school, w.author.id());
        assertThat(w.bank.create(w.author, ofSchool).metadata().organizationId())
                .contains(school);
    }

    @Test
    void api_clients_read_published_resources_with_the_scope_only() {
        LearningResource published = w.published();
        UUID draft = w.draft().id();
        ClientSubject reader = new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.RESOURCES_READ));
        ClientSubject other = new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.PROFILES_READ));

        assertThat(w.bank.resource(reader, published.id()).id()).isEqualTo(published.id());
        assertThatThrownBy(() -> w.bank.resource(reader, draft)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> w.bank.resource(other, published.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(w.bank.published(reader, ResourceQuery.ALL, PageRequest.first(10))
                        .items())
                .extracting(LearningResource::id)
                .containsExactly(published.id());
        assertThatThrownBy(() -> w.bank.create(reader, World.metadata("By a client")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
