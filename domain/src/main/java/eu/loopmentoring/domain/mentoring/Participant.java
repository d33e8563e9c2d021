package eu.loopmentoring.domain.mentoring;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person in a relationship with their role. An invited peer has not joined yet; a participant who
 * left keeps their entry with the time they left. A mentee's entry names the request that brought
 * them in.
 */
public record Participant(
        UUID personId,
        Optional<String> name,
        Side role,
        Instant invitedAt,
        Optional<Instant> joinedAt,
        Optional<Instant> leftAt,
        Optional<UUID> requestId) {

    public Participant {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(invitedAt, "invitedAt");
    }

    public static Participant joined(
            UUID person, Optional<String> name, Side role, Optional<UUID> request, Instant now) {
        return new Participant(person, name, role, now, Optional.of(now), Optional.empty(), request);
    }

    public static Participant invited(UUID person, Optional<String> name, Instant now) {
        return new Participant(person, name, Side.PEER, now, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Joined and not left: takes part in the work. */
    public boolean isMember() {
        return joinedAt.isPresent() && leftAt.isEmpty();
    }

    public boolean isInvited() {
        return joinedAt.isEmpty() && leftAt.isEmpty();
    }

    public boolean hasLeft() {
        return leftAt.isPresent();
    }

    public boolean is(UUID person) {
        return personId.equals(person);
    }

    Participant join(Instant now) {
        return new Participant(personId, name, role, invitedAt, Optional.of(now), leftAt, requestId);
    }

    Participant leave(Instant now) {
        return new Participant(personId, name, role, invitedAt, joinedAt, Optional.of(now), requestId);
    }
}
