package eu.loopmentoring.domain.coalition;

import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's membership of a coalition: requested until approved (in a coalition that admits by
 * approval), then active. Only active members can be coordinators. Others see the person by
 * their display name only.
 */
public record CoalitionMembership(
        UUID id,
        UUID coalitionId,
        UUID personId,
        String displayName,
        CoalitionRole role,
        MembershipStatus status,
        Instant requestedAt,
        Optional<Instant> joinedAt,
        long version) {

    public CoalitionMembership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(coalitionId, "coalitionId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(joinedAt, "joinedAt");
        if ((status == MembershipStatus.ACTIVE) != joinedAt.isPresent()) {
            throw new IllegalArgumentException("an active membership, and only an active one, has joinedAt");
        }
        if (status == MembershipStatus.REQUESTED && role != CoalitionRole.MEMBER) {
            throw new IllegalArgumentException("a requested membership cannot be a coordinator's");
        }
    }

    /** The founder's membership: active, as coordinator. */
    public static CoalitionMembership founder(Coalition coalition, UUID personId, String displayName, Instant now) {
        return new CoalitionMembership(
                UUID.randomUUID(),
                coalition.id(),
                personId,
                displayName,
                CoalitionRole.COORDINATOR,
                MembershipStatus.ACTIVE,
                now,
                Optional.of(now),
                0);
    }

    /** Joining: active at once in an open coalition, a request in one that admits by approval. */
    public static CoalitionMembership join(Coalition coalition, UUID personId, String displayName, Instant now) {
        boolean open = coalition.admission() == Admission.OPEN;
        return new CoalitionMembership(
                UUID.randomUUID(),
                coalition.id(),
                personId,
                displayName,
                CoalitionRole.MEMBER,
                open ? MembershipStatus.ACTIVE : MembershipStatus.REQUESTED,
                now,
                open ? Optional.of(now) : Optional.empty(),
                0);
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    public boolean isCoordinator() {
        return isActive() && role == CoalitionRole.COORDINATOR;
    }

    public boolean isOf(UUID person) {
        return personId.equals(person);
    }

    public CoalitionMembership approve(Instant now) {
        if (status != MembershipStatus.REQUESTED) {
            throw new RuleViolationException(
                    "Only a requested membership can be approved; this one is " + status + ".");
        }
        return new CoalitionMembership(
                id,
                coalitionId,
                personId,
                displayName,
                role,
                MembershipStatus.ACTIVE,
                requestedAt,
                Optional.of(now),
                version);
    }

    public CoalitionMembership withRole(CoalitionRole newRole) {
        if (!isActive()) {
            throw new RuleViolationException("Only active members have a role to change; approve the request first.");
        }
        return new CoalitionMembership(
                id, coalitionId, personId, displayName, newRole, status, requestedAt, joinedAt, version);
    }
}
