package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.Participant;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.mentoring.Side;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What any {@link eu.loopmentoring.domain.mentoring.MentoringRelationships} must do: participants
 * come the mentor first, then in the order they were invited; a stored change, of the relationship
 * or of its participants, moves the version; lists are newest first.
 */
public abstract class MentoringRelationshipsContract extends RelationshipPortContract {

    protected abstract MentorOffers offers();

    protected abstract Coalitions coalitions();

    private UUID anOffer() {
        Person mentor = aPerson("Offering mentor");
        MentorOffer offer = MentorOffer.create(
                mentor.id(),
                mentor.displayName(),
                MentorOffersContract.terms(unique("s"), MentoringFormat.GROUP, "pt"),
                T0);
        assertThat(offers().add(offer)).isTrue();
        return offer.id();
    }

    private UUID aCoalition() {
        Coalition coalition = aProgramme();
        assertThat(coalitions().add(coalition)).isTrue();
        return coalition.id();
    }

    private static Participant left(Person person, Side role, Instant at) {
        return new Participant(
                person.id(),
                Optional.of(person.displayName()),
                role,
                at,
                Optional.of(at),
                Optional.of(at.plusSeconds(30)),
                Optional.empty());
    }

    private static Participant invited(Person person, Instant at) {
        return Participant.invited(person.id(), Optional.of(person.displayName()), at);
    }

    private MentoringRelationship started(Person person, Side role, RelationshipStatus status, Instant at) {
        return aRelationship(
                List.of(
                        member(person, role, at),
                        member(aPerson("Partner"), role == Side.MENTOR ? Side.MENTEE : Side.MENTOR, at)),
                Optional.empty(),
                Optional.empty(),
                MentoringFormat.ONE_TO_ONE,
                status,
                at);
    }

    private static List<UUID> newestFirst(Stream<MentoringRelationship> relationships) {
        return relationships
                .sorted(Comparator.comparing(MentoringRelationship::startedAt)
                        .thenComparing(r -> r.id().toString())
                        .reversed())
                .map(MentoringRelationship::id)
                .toList();
    }

    @Test
    void aRelationshipIsReadBackWithItsMentorFirstThenInTheOrderInvited() {
        Person mentor = aPerson("Mentor");
        Person early = aPerson("Early mentee");
        Person late = aPerson("Late mentee");
        Person invitee = aPerson("Invitee");
        MentoringRelationship relationship = aRelationship(
                List.of(
                        member(late, Side.MENTEE, T0.plusSeconds(20)),
                        invited(invitee, T0.plusSeconds(10)),
                        member(mentor, Side.MENTOR, T0.plusSeconds(30)),
                        member(early, Side.MENTEE, T0)),
                Optional.empty(),
                Optional.empty(),
                MentoringFormat.GROUP,
                RelationshipStatus.ACTIVE,
                T0);

        assertThat(relationship.participants())
                .extracting(Participant::personId)
                .containsExactly(mentor.id(), early.id(), invitee.id(), late.id());
        assertThat(relationship.version()).isZero();
        assertThat(relationship.mentorName()).contains(mentor.displayName());
        assertThat(relationships().findLocked(relationship.id())).contains(relationship);
        assertThat(relationships().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aChangeOfTheRelationshipOrOfItsParticipantsMovesTheVersion() {
        Person creator = aPerson("Creator");
        Person invitee = aPerson("Invitee");
        MentoringRelationship peers = MentoringRelationship.peerGroup(
                creator.id(),
                Optional.of(creator.displayName()),
                Map.of(invitee.id(), Optional.of(invitee.displayName())),
                T0);
        relationships().add(peers);
        MentoringRelationship added = relationships().find(peers.id()).orElseThrow();

        MentoringRelationship joined = relationships().update(added.join(invitee.id(), T0.plusSeconds(10)));

        assertThat(joined.version()).isEqualTo(1);
        assertThat(joined.participants()).allMatch(Participant::isMember);
        assertThat(relationships().find(peers.id())).contains(joined);

        MentoringRelationship paused =
                relationships().update(joined.moveTo(RelationshipStatus.PAUSED, Optional.empty(), T0.plusSeconds(20)));

        assertThat(paused.version()).isEqualTo(2);
        assertThat(paused.status()).isEqualTo(RelationshipStatus.PAUSED);
        assertThat(relationships().update(paused)).as("nothing changed").isEqualTo(paused);
        assertThat(relationships().find(peers.id())).contains(paused);
    }

    @Test
    void anOffersRunningMenteesUseItsCapacityAndItsRunningGroupIsFound() {
        UUID offer = anOffer();
        Person mentor = aPerson("Mentor");
        MentoringRelationship group = aRelationship(
                List.of(
                        member(mentor, Side.MENTOR, T0),
                        member(aPerson("Mentee 1"), Side.MENTEE, T0),
                        member(aPerson("Mentee 2"), Side.MENTEE, T0),
                        left(aPerson("Gone"), Side.MENTEE, T0)),
                Optional.of(offer),
                Optional.empty(),
                MentoringFormat.GROUP,
                RelationshipStatus.PAUSED,
                T0);
        aRelationship(
                List.of(member(mentor, Side.MENTOR, T0), member(aPerson("Mentee 3"), Side.MENTEE, T0)),
                Optional.of(offer),
                Optional.empty(),
                MentoringFormat.ONE_TO_ONE,
                RelationshipStatus.ACTIVE,
                T0.plusSeconds(10));
        aRelationship(
                List.of(member(mentor, Side.MENTOR, T0), member(aPerson("Done"), Side.MENTEE, T0)),
                Optional.of(offer),
                Optional.empty(),
                MentoringFormat.GROUP,
                RelationshipStatus.COMPLETED,
                T0.minusSeconds(100));

        assertThat(relationships().countRunning(offer)).isEqualTo(3);
        assertThat(relationships().runningGroupOf(offer)).contains(group);
        assertThat(relationships().countRunning(anOffer())).isZero();
        assertThat(relationships().runningGroupOf(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aPersonsRelationshipsAreNewestFirstInKeysetPagesNarrowedByStatusAndWithoutThoseTheyLeft() {
        Person person = aPerson("Involved");
        List<MentoringRelationship> running = List.of(
                started(person, Side.MENTOR, RelationshipStatus.ACTIVE, T0.plusSeconds(10)),
                started(person, Side.MENTEE, RelationshipStatus.PAUSED, T0.plusSeconds(30)),
                started(person, Side.MENTEE, RelationshipStatus.ACTIVE, T0.plusSeconds(10)),
                started(person, Side.MENTOR, RelationshipStatus.ACTIVE, T0));
        MentoringRelationship completed =
                started(person, Side.MENTEE, RelationshipStatus.COMPLETED, T0.plusSeconds(20));
        MentoringRelationship invitedTo = aRelationship(
                List.of(member(aPerson("Peer"), Side.PEER, T0), invited(person, T0)),
                Optional.empty(),
                Optional.empty(),
                MentoringFormat.PEER,
                RelationshipStatus.ACTIVE,
                T0.plusSeconds(5));
        MentoringRelationship leftOne = aRelationship(
                List.of(member(aPerson("Mentor"), Side.MENTOR, T0), left(person, Side.MENTEE, T0)),
                Optional.empty(),
                Optional.empty(),
                MentoringFormat.GROUP,
                RelationshipStatus.ACTIVE,
                T0.plusSeconds(40));
        aRelationship();

        List<MentoringRelationship> involving =
                allPages(2, page -> relationships().involving(person.id(), Optional.empty(), page));

        assertThat(involving)
                .extracting(MentoringRelationship::id)
                .containsExactlyElementsOf(
                        newestFirst(Stream.concat(running.stream(), Stream.of(completed, invitedTo))));
        assertThat(allPages(
                        2,
                        page -> relationships()
                                .involving(person.id(), Optional.of(RelationshipStatus.COMPLETED), page)))
                .containsExactly(completed);
        assertThat(relationships().allInvolving(person.id()))
                .extracting(MentoringRelationship::id)
                .containsExactlyElementsOf(
                        newestFirst(Stream.concat(running.stream(), Stream.of(completed, invitedTo, leftOne))));
    }

    @Test
    void theRunningRelationshipsAmongPeopleAreThoseActiveOrPausedWithAnyOfThemTakingPartInAnyWay() {
        Person mentor = aPerson("Mentor");
        Person mentee = aPerson("Mentee");
        Person groupMentee = aPerson("Group mentee");
        Person gone = aPerson("Gone");
        MentoringRelationship oneToOne = started(mentee, Side.MENTEE, RelationshipStatus.ACTIVE, T0);
        MentoringRelationship paused = started(mentor, Side.MENTOR, RelationshipStatus.PAUSED, T0);
        MentoringRelationship group = aRelationship(
                List.of(
                        member(mentor, Side.MENTOR, T0),
                        member(groupMentee, Side.MENTEE, T0),
                        left(gone, Side.MENTEE, T0)),
                Optional.empty(),
                Optional.empty(),
                MentoringFormat.GROUP,
                RelationshipStatus.ACTIVE,
                T0);
        started(mentee, Side.MENTEE, RelationshipStatus.COMPLETED, T0);
        started(aPerson("Stranger"), Side.MENTOR, RelationshipStatus.ACTIVE, T0);

        assertThat(relationships().runningAmong(List.of(mentor.id(), mentee.id(), groupMentee.id(), mentor.id())))
                .extracting(MentoringRelationship::id)
                .containsExactlyInAnyOrder(oneToOne.id(), paused.id(), group.id());
        assertThat(relationships().runningAmong(List.of(gone.id())))
                .extracting(MentoringRelationship::id)
                .containsExactly(group.id());
        assertThat(relationships().runningAmong(List.of())).isEmpty();
    }

    @Test
    void aProgrammesRelationshipsAreNewestFirstInKeysetPagesNarrowedByStatus() {
        UUID coalition = aCoalition();
        List<MentoringRelationship> added = Stream.of(
                        RelationshipStatus.ACTIVE,
                        RelationshipStatus.COMPLETED,
                        RelationshipStatus.ACTIVE,
                        RelationshipStatus.PAUSED)
                .map(status -> aRelationship(
                        List.of(member(aPerson("Mentor"), Side.MENTOR, T0), member(aPerson("Mentee"), Side.MENTEE, T0)),
                        Optional.empty(),
                        Optional.of(coalition),
                        MentoringFormat.ONE_TO_ONE,
                        status,
                        T0.plusSeconds(status.ordinal() * 10L)))
                .toList();
        aRelationship();

        assertThat(allPages(3, page -> relationships().inCoalition(coalition, Optional.empty(), page)))
                .extracting(MentoringRelationship::id)
                .containsExactlyElementsOf(newestFirst(added.stream()));
        assertThat(allPages(
                        1,
                        page -> relationships().inCoalition(coalition, Optional.of(RelationshipStatus.ACTIVE), page)))
                .extracting(MentoringRelationship::id)
                .containsExactlyElementsOf(
                        newestFirst(added.stream().filter(r -> r.status() == RelationshipStatus.ACTIVE)));
        assertThat(relationships()
                        .inCoalition(aCoalition(), Optional.empty(), PageRequest.first(5))
                        .items())
                .isEmpty();
    }
}
