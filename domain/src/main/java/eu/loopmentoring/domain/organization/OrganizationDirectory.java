package eu.loopmentoring.domain.organization;

import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The organisation directory and its memberships. Every operation decides against the object:
 * people see every organisation, but only its active members (and administrators) see who
 * belongs to it; coordinators manage it; coordinators and school leaders admit people; an API
 * client sees only its own organisation, and only with {@code organizations:read}. What a
 * subject may not see answers exactly like what does not exist.
 *
 * <p>Changes take the version the caller based them on as a supplier, asked for only once the
 * caller is known to be allowed: a stranger learns nothing from a missing If-Match.
 */
public class OrganizationDirectory {

    private final Organizations organizations;
    private final OrganizationMemberships memberships;
    private final People people;
    private final Clock clock;

    public OrganizationDirectory(
            Organizations organizations, OrganizationMemberships memberships, People people, Clock clock) {
        this.organizations = organizations;
        this.memberships = memberships;
        this.people = people;
        this.clock = clock;
    }

    public OrganizationView register(Subject subject, OrganizationDetails details) {
        PersonSubject person = Access.person(subject);
        Instant now = clock.instant();
        Organization organization = new Organization(
                UUID.randomUUID(),
                details.name(),
                details.kind(),
                details.country(),
                details.region(),
                details.languages(),
                details.schoolLevels(),
                details.website(),
                details.description(),
                Optional.empty(),
                Optional.of(person.id()),
                now,
                0);
        organizations.add(organization);
        memberships.add(new OrganizationMembership(
                UUID.randomUUID(),
                organization.id(),
                person.id(),
                OrganizationRole.COORDINATOR,
                MembershipStatus.ACTIVE,
                Optional.empty(),
                Optional.empty(),
                now,
                Optional.of(now),
                0));
        return view(subject, organization.id());
    }

    public Page<OrganizationView> browse(Subject subject, OrganizationFilter filter, PageRequest page) {
        OrganizationFilter visible = switch (subject) {
            case PersonSubject person -> filter;
            case ClientSubject client -> {
                Access.scope(client, Scope.ORGANIZATIONS_READ);
                yield filter.restrictedTo(client.organizationId());
            }
        };
        Page<Organization> found = organizations.list(visible, page);
        Map<UUID, Integer> counts = memberships.countActive(
                found.items().stream().map(Organization::id).toList());
        return found.map(o -> new OrganizationView(o, counts.getOrDefault(o.id(), 0), membershipOf(subject, o.id())));
    }

    public OrganizationView view(Subject subject, UUID id) {
        Organization organization = visible(subject, id);
        return new OrganizationView(
                organization, memberships.countActive(id, Optional.empty()), membershipOf(subject, organization.id()));
    }

    public OrganizationView change(Subject subject, UUID id, ExpectedVersion expected, OrganizationChanges changes) {
        Organization organization = visible(subject, id);
        requireRole(
                subject,
                id,
                Set.of(OrganizationRole.COORDINATOR),
                "Only the organisation's coordinators may change it.");
        expected.check(organization.version(), "organization");
        organizations
                .update(organization.with(changes.applyTo(organization.details())))
                .orElseThrow(() -> new StaleVersionException("organization"));
        return view(subject, id);
    }

    public OrganizationView verify(Subject subject, UUID id, ExpectedVersion expected, boolean verified) {
        Access.administrator(subject);
        Organization organization = visible(subject, id);
        expected.check(organization.version(), "organization");
        Optional<Instant> when =
                verified ? Optional.of(organization.verifiedAt().orElse(clock.instant())) : Optional.empty();
        organizations
                .update(organization.verifiedAt(when))
                .orElseThrow(() -> new StaleVersionException("organization"));
        return view(subject, id);
    }

    public Page<Member> members(
            Subject subject, UUID organizationId, Optional<MembershipStatus> status, PageRequest page) {
        visible(subject, organizationId);
        if (!seesMembers(subject, organizationId)) {
            throw new ObjectNotFoundException("membership list of organization", organizationId);
        }
        return memberships.list(organizationId, status, page);
    }

    public Member membership(Subject subject, UUID organizationId, UUID membershipId) {
        return visibleMember(subject, organizationId, membershipId);
    }

    /** Without an invitee the caller asks to join; with one, the caller invites that person. */
    public Member propose(
            Subject subject,
            UUID organizationId,
            OrganizationRole role,
            Optional<Email> invitee,
            Optional<String> message) {
        PersonSubject actor = Access.person(subject);
        visible(subject, organizationId);
        Instant now = clock.instant();
        OrganizationMembership membership;
        if (invitee.isEmpty()) {
            if (role == OrganizationRole.COORDINATOR) {
                throw new RuleViolationException(
                        "Nobody asks to become a coordinator: ask to join with another role, then a coordinator can"
                                + " change it.");
            }
            membership = new OrganizationMembership(
                    UUID.randomUUID(),
                    organizationId,
                    actor.id(),
                    role,
                    MembershipStatus.REQUESTED,
                    message,
                    Optional.empty(),
                    now,
                    Optional.empty(),
                    0);
        } else {
            Set<OrganizationRole> inviters = role == OrganizationRole.COORDINATOR
                    ? Set.of(OrganizationRole.COORDINATOR)
                    : Set.of(OrganizationRole.COORDINATOR, OrganizationRole.SCHOOL_LEADER);
            requireRole(
                    subject,
                    organizationId,
                    inviters,
                    role == OrganizationRole.COORDINATOR
                            ? "Only coordinators invite coordinators."
                            : "Only coordinators and school leaders invite people.");
            Person person = people.findByEmail(invitee.get())
                    .orElseThrow(() -> new RuleViolationException(
                            "No account uses this email yet. Ask the person to register, then invite them."));
            membership = new OrganizationMembership(
                    UUID.randomUUID(),
                    organizationId,
                    person.id(),
                    role,
                    MembershipStatus.INVITED,
                    message,
                    Optional.of(actor.id()),
                    now,
                    Optional.empty(),
                    0);
        }
        if (!memberships.add(membership)) {
            throw new ConflictException(
                    invitee.isEmpty()
                            ? "You already belong to this organisation, or have asked or been invited to."
                            : "This person already belongs to the organisation, or has asked or been invited to.");
        }
        return memberships.member(membership.id()).orElseThrow();
    }

    /** A coordinator or school leader approves a request; the invited person accepts an invitation. */
    public Member accept(Subject subject, UUID organizationId, UUID membershipId) {
        OrganizationMembership membership =
                visibleMember(subject, organizationId, membershipId).membership();
        switch (membership.status()) {
            case ACTIVE -> throw new RuleViolationException("This membership is already active.");
            case REQUESTED ->
                requireRole(
                        subject,
                        organizationId,
                        Set.of(OrganizationRole.COORDINATOR, OrganizationRole.SCHOOL_LEADER),
                        "Only coordinators and school leaders approve requests to join.");
            case INVITED -> {
                if (!(subject instanceof PersonSubject person) || !person.id().equals(membership.personId())) {
                    throw new AccessDeniedException("Only the invited person accepts an invitation.");
                }
            }
        }
        memberships
                .update(membership.activated(clock.instant()))
                .orElseThrow(() -> new StaleVersionException("membership"));
        return memberships.member(membershipId).orElseThrow();
    }

    public Member changeRole(
            Subject subject, UUID organizationId, UUID membershipId, ExpectedVersion expected, OrganizationRole role) {
        OrganizationMembership membership =
                visibleMember(subject, organizationId, membershipId).membership();
        requireRole(subject, organizationId, Set.of(OrganizationRole.COORDINATOR), "Only coordinators change roles.");
        expected.check(membership.version(), "membership");
        if (membership.isActiveIn(OrganizationRole.COORDINATOR)
                && role != OrganizationRole.COORDINATOR
                && lastCoordinator(organizationId)) {
            throw new RuleViolationException(
                    "The organisation needs a coordinator: make someone else coordinator first.");
        }
        memberships.update(membership.withRole(role)).orElseThrow(() -> new StaleVersionException("membership"));
        return memberships.member(membershipId).orElseThrow();
    }

    /** Leaving, withdrawing, declining, rejecting or removing, depending on who and what. */
    public void end(Subject subject, UUID organizationId, UUID membershipId, ExpectedVersion expected) {
        OrganizationMembership membership =
                visibleMember(subject, organizationId, membershipId).membership();
        boolean own = subject instanceof PersonSubject person && person.id().equals(membership.personId());
        if (!own) {
            Set<OrganizationRole> deciders = membership.status() == MembershipStatus.REQUESTED
                    ? Set.of(OrganizationRole.COORDINATOR, OrganizationRole.SCHOOL_LEADER)
                    : Set.of(OrganizationRole.COORDINATOR);
            requireRole(subject, organizationId, deciders, "Only coordinators remove members or withdraw invitations.");
        }
        expected.check(membership.version(), "membership");
        if (membership.isActiveIn(OrganizationRole.COORDINATOR) && lastCoordinator(organizationId)) {
            throw new RuleViolationException(
                    "The organisation needs a coordinator: make someone else coordinator first.");
        }
        if (!memberships.remove(membership)) {
            throw new StaleVersionException("membership");
        }
    }

    public List<MyOrganization> mine(Subject subject) {
        return memberships.of(Access.person(subject).id());
    }

    private Organization visible(Subject subject, UUID id) {
        Optional<Organization> organization = organizations.find(id);
        if (subject instanceof ClientSubject client) {
            Access.scope(client, Scope.ORGANIZATIONS_READ);
            organization = organization.filter(o -> o.id().equals(client.organizationId()));
        }
        return organization.orElseThrow(() -> new ObjectNotFoundException("organization", id));
    }

    private Member visibleMember(Subject subject, UUID organizationId, UUID membershipId) {
        visible(subject, organizationId);
        return memberships
                .member(membershipId)
                .filter(m -> m.membership().organizationId().equals(organizationId))
                .filter(m -> seesMembers(subject, organizationId)
                        || (subject instanceof PersonSubject p
                                && p.id().equals(m.membership().personId())))
                .orElseThrow(() -> new ObjectNotFoundException("membership", membershipId));
    }

    private boolean seesMembers(Subject subject, UUID organizationId) {
        return switch (subject) {
            case ClientSubject client -> client.organizationId().equals(organizationId);
            case PersonSubject person ->
                person.isAdministrator()
                        || memberships
                                .findFor(organizationId, person.id())
                                .map(OrganizationMembership::active)
                                .orElse(false);
        };
    }

    private void requireRole(Subject subject, UUID organizationId, Set<OrganizationRole> roles, String refusal) {
        PersonSubject person = Access.person(subject);
        if (person.isAdministrator()) {
            return;
        }
        boolean allowed = memberships
                .findFor(organizationId, person.id())
                .filter(OrganizationMembership::active)
                .map(m -> roles.contains(m.role()))
                .orElse(false);
        if (!allowed) {
            throw new AccessDeniedException(refusal);
        }
    }

    private boolean lastCoordinator(UUID organizationId) {
        return memberships.countActive(organizationId, Optional.of(OrganizationRole.COORDINATOR)) <= 1;
    }

    private Optional<OrganizationMembership> membershipOf(Subject subject, UUID organizationId) {
        return subject instanceof PersonSubject person
                ? memberships.findFor(organizationId, person.id())
                : Optional.empty();
    }
}
