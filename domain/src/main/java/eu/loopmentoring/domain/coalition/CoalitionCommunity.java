package eu.loopmentoring.domain.coalition;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * LOOP Coalitions: founding and changing coalitions, joining them, and what coordinators do.
 *
 * <p>Who may do what, decided against the coalition and the memberships in it: every person may
 * list, read, found and join coalitions (API clients may not). The members and their memberships
 * are visible to the coalition's active members and to administrators; a person always sees
 * their own membership; anyone else finds nothing there. Coordinators, and administrators, change
 * the coalition, approve requests, change roles and end other people's memberships; a member who
 * is not a coordinator is refused.
 */
public class CoalitionCommunity {

    private final Coalitions coalitions;
    private final CoalitionMemberships memberships;
    private final People people;
    private final Clock clock;

    public CoalitionCommunity(Coalitions coalitions, CoalitionMemberships memberships, People people, Clock clock) {
        this.coalitions = coalitions;
        this.memberships = memberships;
        this.people = people;
        this.clock = clock;
    }

    public Page<CoalitionView> coalitions(Subject subject, CoalitionFilter filter, PageRequest page) {
        PersonSubject person = Access.person(subject);
        Page<Coalition> found = coalitions.list(filter, page);
        Map<UUID, CoalitionMembership> mine =
                memberships
                        .find(
                                person.id(),
                                found.items().stream().map(Coalition::id).toList())
                        .stream()
                        .collect(Collectors.toMap(CoalitionMembership::coalitionId, Function.identity()));
        return found.map(c -> new CoalitionView(c, Optional.ofNullable(mine.get(c.id()))));
    }

    public CoalitionView coalition(Subject subject, UUID id) {
        PersonSubject person = Access.person(subject);
        Coalition coalition = existing(id);
        return new CoalitionView(coalition, memberships.find(id, person.id()));
    }

    /** Founds a coalition whose first member, and coordinator, is the founder. */
    public CoalitionView found(Subject subject, CoalitionDraft draft) {
        Person founder = caller(subject);
        Instant now = clock.instant();
        Coalition coalition = Coalition.found(draft, founder.id(), now);
        if (!coalitions.add(coalition)) {
            throw new ConflictException("A coalition with this name already exists. Choose another name, or join it.");
        }
        CoalitionMembership coordinator =
                CoalitionMembership.founder(coalition, founder.id(), founder.displayName(), now);
        memberships.add(coordinator);
        return new CoalitionView(coalition, Optional.of(coordinator));
    }

    /** The coalition, if the subject may change it (coordinators and administrators). */
    public Coalition coalitionToCoordinate(Subject subject, UUID id) {
        PersonSubject person = Access.person(subject);
        Coalition coalition = existing(id);
        if (!coordinates(person, id)) {
            throw new AccessDeniedException("Only the coalition's coordinators may change it.");
        }
        return coalition;
    }

    public CoalitionView change(Subject subject, UUID id, ExpectedVersion expected, CoalitionChanges changes) {
        PersonSubject person = Access.person(subject);
        Coalition coalition = coalitionToCoordinate(person, id);
        expected.check(coalition.version(), "coalition");
        Coalition changed =
                coalitions.update(coalition.change(changes)).orElseThrow(() -> new StaleVersionException("coalition"));
        return new CoalitionView(changed, memberships.find(id, person.id()));
    }

    /** The coalition's memberships, for its active members and administrators. */
    public Page<CoalitionMembership> memberships(
            Subject subject, UUID coalitionId, Optional<MembershipStatus> status, PageRequest page) {
        PersonSubject person = Access.person(subject);
        existing(coalitionId);
        if (!seesMembers(person, coalitionId)) {
            throw new ObjectNotFoundException("member list of the coalition", coalitionId);
        }
        return memberships.list(coalitionId, status, page);
    }

    /** The caller joins: at once in an open coalition, by a request in one that admits by approval. */
    public CoalitionMembership join(Subject subject, UUID coalitionId) {
        Person joiner = caller(subject);
        Coalition coalition = existing(coalitionId);
        CoalitionMembership membership =
                CoalitionMembership.join(coalition, joiner.id(), joiner.displayName(), clock.instant());
        if (!memberships.add(membership)) {
            throw new ConflictException(
                    "You are already a member of this coalition, or your request to join it is" + " pending.");
        }
        return membership;
    }

    public CoalitionMembership membership(Subject subject, UUID coalitionId, UUID membershipId) {
        return visibleMembership(Access.person(subject), coalitionId, membershipId);
    }

    /** The membership, if the subject may approve it or change its role (coordinators and administrators). */
    public CoalitionMembership membershipToCoordinate(Subject subject, UUID coalitionId, UUID membershipId) {
        PersonSubject person = Access.person(subject);
        CoalitionMembership membership = visibleMembership(person, coalitionId, membershipId);
        if (!coordinates(person, coalitionId)) {
            throw new AccessDeniedException("Only the coalition's coordinators may do this.");
        }
        return membership;
    }

    /** The membership, if the subject may end it: their own, or any for coordinators and administrators. */
    public CoalitionMembership membershipToEnd(Subject subject, UUID coalitionId, UUID membershipId) {
        PersonSubject person = Access.person(subject);
        CoalitionMembership membership = visibleMembership(person, coalitionId, membershipId);
        if (!membership.isOf(person.id()) && !coordinates(person, coalitionId)) {
            throw new AccessDeniedException("Only the coalition's coordinators may end other people's memberships.");
        }
        return membership;
    }

    public CoalitionMembership approve(Subject subject, UUID coalitionId, UUID membershipId) {
        PersonSubject person = Access.person(subject);
        lock(coalitionId);
        CoalitionMembership membership = membershipToCoordinate(person, coalitionId, membershipId);
        return memberships
                .update(membership.approve(clock.instant()))
                .orElseThrow(() -> new StaleVersionException("membership"));
    }

    public CoalitionMembership changeRole(
            Subject subject, UUID coalitionId, UUID membershipId, ExpectedVersion expected, CoalitionRole role) {
        PersonSubject person = Access.person(subject);
        lock(coalitionId);
        CoalitionMembership membership = membershipToCoordinate(person, coalitionId, membershipId);
        expected.check(membership.version(), "membership");
        CoalitionMembership changed = membership.withRole(role);
        if (membership.isCoordinator() && !changed.isCoordinator()) {
            keepACoordinator(coalitionId);
        }
        return memberships.update(changed).orElseThrow(() -> new StaleVersionException("membership"));
    }

    /**
     * Ends a membership: a member leaves or withdraws their request, a coordinator removes a
     * member or rejects a request. The coalition remains, even when its last member leaves.
     */
    public void end(Subject subject, UUID coalitionId, UUID membershipId, ExpectedVersion expected) {
        PersonSubject person = Access.person(subject);
        lock(coalitionId);
        CoalitionMembership membership = membershipToEnd(person, coalitionId, membershipId);
        expected.check(membership.version(), "membership");
        if (membership.isCoordinator()) {
            keepACoordinator(coalitionId);
        }
        if (!memberships.remove(membership)) {
            throw new StaleVersionException("membership");
        }
    }

    /** A person's memberships, requested or active: for that person and administrators. */
    public List<CoalitionMembership> membershipsOf(Subject subject, UUID personId) {
        PersonSubject person = Access.person(subject);
        if (!person.id().equals(personId) && !person.isAdministrator()) {
            throw new ObjectNotFoundException("person", personId);
        }
        return memberships.membershipsOf(personId);
    }

    /** The caller's own memberships, requested or active, with the coalitions' names. */
    public List<MyCoalition> mine(Subject subject) {
        List<CoalitionMembership> mine =
                memberships.membershipsOf(Access.person(subject).id());
        Map<UUID, String> names = coalitions.names(
                mine.stream().map(CoalitionMembership::coalitionId).toList());
        return mine.stream()
                .map(m -> new MyCoalition(m, names.getOrDefault(m.coalitionId(), "")))
                .toList();
    }

    private Coalition existing(UUID id) {
        return coalitions.find(id).orElseThrow(() -> new ObjectNotFoundException("coalition", id));
    }

    private void lock(UUID coalitionId) {
        coalitions.findLocked(coalitionId).orElseThrow(() -> new ObjectNotFoundException("coalition", coalitionId));
    }

    private Person caller(Subject subject) {
        UUID id = Access.person(subject).id();
        return people.find(id).orElseThrow(() -> new ObjectNotFoundException("person", id));
    }

    /** Administrators and the coalition's active members. */
    private boolean seesMembers(PersonSubject person, UUID coalitionId) {
        return person.isAdministrator()
                || memberships
                        .find(coalitionId, person.id())
                        .filter(CoalitionMembership::isActive)
                        .isPresent();
    }

    /** Administrators and the coalition's coordinators. */
    private boolean coordinates(PersonSubject person, UUID coalitionId) {
        return person.isAdministrator()
                || memberships
                        .find(coalitionId, person.id())
                        .filter(CoalitionMembership::isCoordinator)
                        .isPresent();
    }

    /** Others see a membership only if they see the members; everyone sees their own. */
    private CoalitionMembership visibleMembership(PersonSubject person, UUID coalitionId, UUID membershipId) {
        return memberships
                .find(membershipId)
                .filter(m -> m.coalitionId().equals(coalitionId))
                .filter(m -> m.isOf(person.id()) || seesMembers(person, coalitionId))
                .orElseThrow(() -> new ObjectNotFoundException("membership", membershipId));
    }

    /** The last coordinator stays while anyone else is in the coalition; alone, they may go. */
    private void keepACoordinator(UUID coalitionId) {
        if (memberships.countCoordinators(coalitionId) <= 1 && memberships.count(coalitionId) > 1) {
            throw new RuleViolationException("A coalition keeps a coordinator while it has other members or requests:"
                    + " appoint another coordinator first, or remove the others.");
        }
    }
}
