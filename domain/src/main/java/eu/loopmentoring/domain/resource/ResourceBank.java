package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The resource bank's resources: authors create, revise, submit and withdraw theirs; moderators
 * publish or reject what is submitted and may withdraw anything; everyone reads what is published.
 * Every change stores a revision.
 *
 * <p>Who may move each transition: create, revise and submit, the author only; publish and
 * reject, moderators only (also on their own resources: the platform has few moderators);
 * withdraw, the author or a moderator, who must then give a reason. Strangers (people, or API
 * clients with {@code resources:read}) see published resources only; anything else does not exist
 * for them.
 */
public class ResourceBank {

    /** A moderator's decision on a submitted resource. */
    public enum Decision {
        PUBLISH,
        REJECT
    }

    public static final int MAX_REASON = 2000;

    private final LearningResources resources;
    private final ResourceRevisions revisions;
    private final OrganizationMemberships memberships;
    private final Clock clock;

    public ResourceBank(
            LearningResources resources,
            ResourceRevisions revisions,
            OrganizationMemberships memberships,
            Clock clock) {
        this.resources = resources;
        this.revisions = revisions;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** A new draft by the caller, who must be an active member of the organisation it names. */
    public LearningResource create(Subject subject, ResourceMetadata metadata) {
        PersonSubject author = Access.person(subject);
        checkOrganization(author, metadata);
        LearningResource draft = LearningResource.draft(metadata, author.id(), clock.instant());
        resources.add(draft);
        revisions.add(ResourceRevision.of(draft, RevisionKind.CREATED, author.id(), List.of(), Optional.empty()));
        return draft;
    }

    public LearningResource resource(Subject subject, UUID id) {
        Access.scope(subject, Scope.RESOURCES_READ);
        return ResourceAccess.visible(subject, existing(id));
    }

    public LearningResource revise(Subject subject, UUID id, ExpectedVersion expected, ResourceChanges changes) {
        PersonSubject author = Access.person(subject);
        LearningResource current = authored(author, locked(id), "change");
        expected.check(current.version(), "resource");
        ResourceChanges.Applied applied = changes.applyTo(current.metadata());
        if (changes.organizationId().isPresent()) {
            checkOrganization(author, applied.metadata());
        }
        if (applied.changedFields().isEmpty()) {
            return current;
        }
        LearningResource revised = current.revise(applied.metadata(), clock.instant());
        return store(revised, RevisionKind.EDITED, author, applied.changedFields(), Optional.empty());
    }

    public LearningResource submit(Subject subject, UUID id) {
        PersonSubject author = Access.person(subject);
        LearningResource current = authored(author, locked(id), "submit");
        return store(current.submit(clock.instant()), RevisionKind.SUBMITTED, author, List.of(), Optional.empty());
    }

    /** Publishes or rejects a submitted resource; a rejection needs a reason the author will read. */
    public LearningResource moderate(Subject subject, UUID id, Decision decision, Optional<String> reason) {
        PersonSubject moderator = Access.person(subject);
        LearningResource current = ResourceAccess.visible(moderator, locked(id));
        ResourceAccess.moderator(moderator);
        Optional<String> note = reason.map(String::strip).filter(r -> !r.isEmpty());
        checkReason(note);
        return switch (decision) {
            case PUBLISH -> store(current.publish(clock.instant()), RevisionKind.PUBLISHED, moderator, List.of(), note);
            case REJECT -> {
                String why = note.orElseThrow(() -> InvalidInputException.of(
                        "reason", "is required to reject a resource: tell the author what to change"));
                yield store(current.reject(why, clock.instant()), RevisionKind.REJECTED, moderator, List.of(), note);
            }
        };
    }

    /** Withdraws the resource for good: its author, or a moderator with a reason. */
    public LearningResource withdraw(Subject subject, UUID id, Optional<String> reason) {
        PersonSubject person = Access.person(subject);
        LearningResource current = ResourceAccess.visible(person, locked(id));
        Optional<String> note = reason.map(String::strip).filter(r -> !r.isEmpty());
        checkReason(note);
        if (!current.isBy(person.id())) {
            ResourceAccess.moderator(person);
            if (note.isEmpty()) {
                throw InvalidInputException.of(
                        "reason", "is required when a moderator withdraws someone else's resource");
            }
        }
        return store(current.withdraw(clock.instant()), RevisionKind.WITHDRAWN, person, List.of(), note);
    }

    /** The history of a resource, for its author and moderators; newest first. */
    public Page<ResourceRevision> revisions(Subject subject, UUID id, PageRequest page) {
        PersonSubject person = Access.person(subject);
        LearningResource resource = ResourceAccess.visible(person, existing(id));
        if (!ResourceAccess.curates(person, resource)) {
            throw new AccessDeniedException("Only the resource's author and moderators may read its history.");
        }
        return revisions.list(id, page);
    }

    /**
     * A resource imported by a partner API client: it belongs to the client's organisation, has no
     * author and waits for moderation ({@code SUBMITTED}) like any other.
     */
    public LearningResource importSubmitted(ClientSubject client, ResourceMetadata metadata) {
        Access.scope(client, Scope.RESOURCES_WRITE);
        Instant now = clock.instant();
        LearningResource imported = LearningResource.imported(metadata.ofOrganization(client.organizationId()), now);
        resources.add(imported);
        revisions.add(new ResourceRevision(
                imported.id(),
                imported.version(),
                RevisionKind.SUBMITTED,
                Optional.empty(),
                now,
                imported.status(),
                List.of(),
                Optional.of("Imported by the API client " + client.id() + "."),
                imported.metadata()));
        return imported;
    }

    /** Published resources in the query's order: for people and API clients with {@code resources:read}. */
    public Page<LearningResource> published(Subject subject, ResourceQuery query, PageRequest page) {
        Access.scope(subject, Scope.RESOURCES_READ);
        return resources.published(query, page);
    }

    /** The facet counts of the published resources matching the query (same access as the listing). */
    public Map<ResourceFacet, Map<String, Long>> facets(Subject subject, ResourceQuery query) {
        Access.scope(subject, Scope.RESOURCES_READ);
        return resources.facets(query);
    }

    /** The caller's own resources, in any status or in one. */
    public Page<LearningResource> mine(Subject subject, Optional<ResourceStatus> status, PageRequest page) {
        return resources.submittedBy(Access.person(subject).id(), status, page);
    }

    /** Everything the caller submitted, for their export. */
    public List<LearningResource> allMine(Subject subject) {
        return resources.allSubmittedBy(Access.person(subject).id());
    }

    LearningResource existing(UUID id) {
        return resources.find(id).orElseThrow(() -> ResourceAccess.notFound(id));
    }

    LearningResource locked(UUID id) {
        return resources.findLocked(id).orElseThrow(() -> ResourceAccess.notFound(id));
    }

    private LearningResource store(
            LearningResource changed,
            RevisionKind kind,
            PersonSubject by,
            List<String> changedFields,
            Optional<String> note) {
        LearningResource stored = resources.update(changed);
        revisions.add(ResourceRevision.of(stored, kind, by.id(), changedFields, note));
        return stored;
    }

    private static LearningResource authored(PersonSubject person, LearningResource resource, String action) {
        ResourceAccess.visible(person, resource);
        if (!resource.isBy(person.id())) {
            throw new AccessDeniedException("Only the resource's author may " + action + " it.");
        }
        return resource;
    }

    private void checkOrganization(PersonSubject author, ResourceMetadata metadata) {
        Optional<UUID> organization = metadata.organizationId();
        if (organization.isPresent()
                && memberships
                        .findFor(organization.get(), author.id())
                        .filter(OrganizationMembership::active)
                        .isEmpty()) {
            throw InvalidInputException.of("organizationId", "must be an organisation you are an active member of");
        }
    }

    private static void checkReason(Optional<String> reason) {
        if (reason.filter(r -> r.length() > MAX_REASON).isPresent()) {
            throw InvalidInputException.of("reason", "must have at most " + MAX_REASON + " characters");
        }
    }
}
