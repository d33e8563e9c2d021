package eu.loopmentoring.domain.organization;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A person's place in an organisation: requested, invited, or active, with a role. */
public record OrganizationMembership(
        UUID id,
        UUID organizationId,
        UUID personId,
        OrganizationRole role,
        MembershipStatus status,
        Optional<String> message,
        Optional<UUID> invitedBy,
        Instant createdAt,
        Optional<Instant> activeSince,
        long version) {

    public OrganizationMembership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(activeSince, "activeSince");
    }

    public boolean active() {
        return status == MembershipStatus.ACTIVE;
    }

    public boolean isActiveIn(OrganizationRole wanted) {
        return active() && role == wanted;
    }

    public OrganizationMembership activated(Instant at) {
        return new OrganizationMembership(
                id,
                organizationId,
                personId,
                role,
                MembershipStatus.ACTIVE,
                message,
                invitedBy,
                createdAt,
                Optional.of(at),
                version);
    }

    public OrganizationMembership withRole(OrganizationRole newRole) {
        return new OrganizationMembership(
                id, organizationId, personId, newRole, status, message, invitedBy, createdAt, activeSince, version);
    }
}
