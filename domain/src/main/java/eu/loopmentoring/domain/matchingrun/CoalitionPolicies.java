package eu.loopmentoring.domain.matchingrun;

import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.matching.MatchingPolicy;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each coalition's versioned matching policy. Its active members and administrators read it; its
 * coordinators and administrators save new versions; anyone else finds no coalition there. Until
 * a coordinator saves one, {@link MatchingPolicy#DEFAULT} (version 1) is in force.
 */
public class CoalitionPolicies {

    private final Coalitions coalitions;
    private final CoalitionMemberships memberships;
    private final PolicyVersions versions;
    private final Clock clock;

    public CoalitionPolicies(
            Coalitions coalitions, CoalitionMemberships memberships, PolicyVersions versions, Clock clock) {
        this.coalitions = coalitions;
        this.memberships = memberships;
        this.versions = versions;
        this.clock = clock;
    }

    public PolicyVersion current(Subject subject, UUID coalitionId) {
        readable(subject, coalitionId);
        return inForce(coalitionId);
    }

    public PolicyVersion version(Subject subject, UUID coalitionId, int version) {
        readable(subject, coalitionId);
        if (version == MatchingPolicy.DEFAULT.version()
                && versions.find(coalitionId, version).isEmpty()) {
            return PolicyVersion.defaultFor(coalitionId);
        }
        return versions.find(coalitionId, version)
                .orElseThrow(() -> new ObjectNotFoundException("matching policy version", coalitionId));
    }

    /**
     * Saves {@code settings} as the next version, if the one in force is still the {@code expected} one.
     * The version number {@code settings} carries is ignored.
     */
    public PolicyVersion change(Subject subject, UUID coalitionId, ExpectedVersion expected, MatchingPolicy settings) {
        PersonSubject person = readable(subject, coalitionId);
        if (!coordinates(person, coalitionId)) {
            throw new AccessDeniedException("Only the coalition's coordinators may change its matching policy.");
        }
        PolicyVersion current = inForce(coalitionId);
        expected.check(current.version(), "matching policy");
        PolicyVersion saved = new PolicyVersion(
                coalitionId,
                settings.withVersion(current.version() + 1),
                Optional.of(person.id()),
                Optional.of(clock.instant()));
        if (!versions.add(saved)) {
            throw new StaleVersionException("matching policy");
        }
        return saved;
    }

    /** A version a run names: saved, or the default. */
    public MatchingPolicy policy(UUID coalitionId, int version) {
        return versions.find(coalitionId, version).map(PolicyVersion::policy).orElseGet(() -> {
            if (version != MatchingPolicy.DEFAULT.version()) {
                throw new IllegalStateException("policy version " + version + " of " + coalitionId + " is gone");
            }
            return MatchingPolicy.DEFAULT;
        });
    }

    /** The policy a run of the coalition uses now. */
    public PolicyVersion inForce(UUID coalitionId) {
        return versions.latest(coalitionId).orElseGet(() -> PolicyVersion.defaultFor(coalitionId));
    }

    /** Administrators and the coalition's coordinators. */
    public boolean coordinates(PersonSubject person, UUID coalitionId) {
        return person.isAdministrator()
                || memberships
                        .find(coalitionId, person.id())
                        .filter(CoalitionMembership::isCoordinator)
                        .isPresent();
    }

    /** The caller, if they may read the coalition's matching: its active members and administrators. */
    /** The coalitions the person is an active coordinator of. */
    public Set<UUID> coordinated(PersonSubject person) {
        return memberships.membershipsOf(person.id()).stream()
                .filter(CoalitionMembership::isCoordinator)
                .map(CoalitionMembership::coalitionId)
                .collect(Collectors.toUnmodifiableSet());
    }

    PersonSubject readable(Subject subject, UUID coalitionId) {
        PersonSubject person = Access.person(subject);
        coalitions.find(coalitionId).orElseThrow(() -> new ObjectNotFoundException("coalition", coalitionId));
        boolean member = memberships
                .find(coalitionId, person.id())
                .filter(CoalitionMembership::isActive)
                .isPresent();
        if (!member && !person.isAdministrator()) {
            throw new ObjectNotFoundException("coalition", coalitionId);
        }
        return person;
    }
}
