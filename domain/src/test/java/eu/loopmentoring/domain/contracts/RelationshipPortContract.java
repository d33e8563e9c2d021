package eu.loopmentoring.domain.contracts;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.Participant;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.mentoring.Side;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the contracts of ports holding relationships, and what happens inside them, share. */
public abstract class RelationshipPortContract extends PortContract {

    protected abstract MentoringRelationships relationships();

    protected static Participant member(Person person, Side role, Instant at) {
        return Participant.joined(person.id(), Optional.of(person.displayName()), role, Optional.empty(), at);
    }

    /** An ACTIVE one-to-one relationship of two new people, started at {@link #T0}. */
    protected MentoringRelationship aRelationship() {
        return aRelationship(aPerson("Mentor"), aPerson("Mentee"));
    }

    protected MentoringRelationship aRelationship(Person mentor, Person mentee) {
        return aRelationship(
                List.of(member(mentor, Side.MENTOR, T0), member(mentee, Side.MENTEE, T0)),
                Optional.empty(),
                Optional.empty(),
                MentoringFormat.ONE_TO_ONE,
                RelationshipStatus.ACTIVE,
                T0);
    }

    /** Stored as given and read back; one that is not running ended a minute after it started. */
    protected MentoringRelationship aRelationship(
            List<Participant> participants,
            Optional<UUID> offerId,
            Optional<UUID> coalitionId,
            MentoringFormat format,
            RelationshipStatus status,
            Instant startedAt) {
        MentoringRelationship relationship = new MentoringRelationship(
                UUID.randomUUID(),
                participants,
                offerId,
                Optional.empty(),
                coalitionId,
                format,
                status,
                startedAt,
                status.isRunning() ? Optional.empty() : Optional.of(startedAt.plusSeconds(60)),
                Optional.empty(),
                0);
        relationships().add(relationship);
        return relationships().find(relationship.id()).orElseThrow();
    }
}
