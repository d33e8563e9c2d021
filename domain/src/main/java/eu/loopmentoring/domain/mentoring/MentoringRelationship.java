package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * People working together: a mentor and a mentee (ONE_TO_ONE), a mentor and the mentees who joined
 * their group (GROUP: each accepted proposal of the offer takes a seat), or peers who invited each
 * other (PEER). A participant who left keeps their entry; one who erased their account is absent,
 * and the others keep the record. ACTIVE and PAUSED alternate; COMPLETED and ENDED_EARLY (with a
 * reason) are final. A group or peer relationship ends early once fewer than two participants
 * remain.
 */
public record MentoringRelationship(
        UUID id,
        List<Participant> participants,
        Optional<UUID> offerId,
        Optional<UUID> requestId,
        Optional<UUID> coalitionId,
        MentoringFormat format,
        RelationshipStatus status,
        Instant startedAt,
        Optional<Instant> endedAt,
        Optional<String> endReason,
        long version) {

    public static final int MAX_REASON_LENGTH = 1000;
    public static final int MAX_PEERS = 10;
    static final String TOO_FEW_LEFT = "Fewer than two participants remain.";

    public MentoringRelationship {
        Objects.requireNonNull(id, "id");
        participants = List.copyOf(participants);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The format both sides asked for: the request's when the offer has it, else one-to-one. */
    public static MentoringFormat formatOf(MentoringRequest request, MentorOffer offer) {
        return request.terms()
                .format()
                .filter(f -> f != MentoringFormat.PEER)
                .filter(f -> offer.terms().formats().contains(f))
                .orElse(MentoringFormat.ONE_TO_ONE);
    }

    public static MentoringRelationship start(
            MentoringProposal proposal, MentoringRequest request, MentorOffer offer, Instant now) {
        return new MentoringRelationship(
                UUID.randomUUID(),
                List.of(
                        Participant.joined(
                                proposal.mentorId(),
                                Optional.of(offer.mentorName()),
                                Side.MENTOR,
                                Optional.empty(),
                                now),
                        Participant.joined(
                                proposal.menteeId(),
                                Optional.of(request.menteeName()),
                                Side.MENTEE,
                                Optional.of(request.id()),
                                now)),
                Optional.of(offer.id()),
                Optional.of(request.id()),
                request.coalitionId(),
                formatOf(request, offer),
                RelationshipStatus.ACTIVE,
                now,
                Optional.empty(),
                Optional.empty(),
                0);
    }

    /** A peer group: its creator has joined, the invitees join once each accepts. */
    public static MentoringRelationship peerGroup(
            UUID creator, Optional<String> creatorName, Map<UUID, Optional<String>> invitees, Instant now) {
        if (invitees.isEmpty() || invitees.containsKey(creator)) {
            throw InvalidInputException.of("inviteeIds", "name one to " + (MAX_PEERS - 1) + " other people");
        }
        if (invitees.size() > MAX_PEERS - 1) {
            throw InvalidInputException.of("inviteeIds", "a peer group has at most " + MAX_PEERS + " people");
        }
        List<Participant> all = new ArrayList<>();
        all.add(Participant.joined(creator, creatorName, Side.PEER, Optional.empty(), now));
        invitees.forEach((id, name) -> all.add(Participant.invited(id, name, now)));
        return new MentoringRelationship(
                UUID.randomUUID(),
                all,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                MentoringFormat.PEER,
                RelationshipStatus.ACTIVE,
                now,
                Optional.empty(),
                Optional.empty(),
                0);
    }

    /** A mentee takes a seat in this group, brought in by their request. */
    public MentoringRelationship withMentee(UUID mentee, String name, UUID requestId, Instant now) {
        requireRunning();
        if (format != MentoringFormat.GROUP) {
            throw new IllegalStateException("Only a group takes more mentees.");
        }
        if (isMember(mentee)) {
            throw new RuleViolationException("This mentee is already in the group.");
        }
        List<Participant> next =
                new ArrayList<>(participants.stream().filter(p -> !p.is(mentee)).toList());
        next.add(Participant.joined(mentee, Optional.of(name), Side.MENTEE, Optional.of(requestId), now));
        return withParticipants(next, status, endedAt, endReason);
    }

    /** An invited peer accepts and joins. */
    public MentoringRelationship join(UUID person, Instant now) {
        requireRunning();
        Participant invited = participants.stream()
                .filter(p -> p.is(person) && p.isInvited())
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("Only an invited person joins; you are already in it."));
        return replace(invited, invited.join(now), now);
    }

    /**
     * {@code person} leaves (by themselves, or removed by the group's mentor; an invitee declines the
     * same way). One-to-one relationships end instead; a group's mentor ends the group instead.
     */
    public MentoringRelationship remove(UUID actor, UUID person, Instant now) {
        requireRunning();
        Participant leaving = participants.stream()
                .filter(p -> p.is(person) && !p.hasLeft())
                .findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("mentoring participant", person));
        if (format == MentoringFormat.ONE_TO_ONE) {
            throw new RuleViolationException("Nobody leaves a one-to-one relationship: end it instead"
                    + " (POST .../status-changes with ENDED_EARLY).");
        }
        if (leaving.role() == Side.MENTOR) {
            throw new RuleViolationException(
                    "The mentor does not leave their group: end it instead" + " (POST .../status-changes).");
        }
        boolean byMentor = sideOf(actor).filter(Side.MENTOR::equals).isPresent();
        if (!actor.equals(person) && !byMentor) {
            throw new AccessDeniedException(
                    "Only the person themselves, or the group's mentor, removes a participant.");
        }
        return replace(leaving, leaving.leave(now), now);
    }

    private MentoringRelationship replace(Participant before, Participant after, Instant now) {
        List<Participant> next =
                participants.stream().map(p -> p.equals(before) ? after : p).toList();
        boolean tooFew = next.stream().filter(p -> !p.hasLeft()).count() < 2;
        return tooFew
                ? withParticipants(next, RelationshipStatus.ENDED_EARLY, Optional.of(now), Optional.of(TOO_FEW_LEFT))
                : withParticipants(next, status, endedAt, endReason);
    }

    private void requireRunning() {
        if (!status.isRunning()) {
            throw new RuleViolationException(
                    "This relationship is " + status + "; an ended relationship does not change any more.");
        }
    }

    /** Takes part or is invited: sees the relationship. */
    public boolean involves(UUID person) {
        return participants.stream().anyMatch(p -> p.is(person) && !p.hasLeft());
    }

    /** A coordinator of the relationship's coalition reads it, its agreement and goals, and nothing else. */
    public boolean coordinatedBy(UUID person, Programmes programmes) {
        return coalitionId.filter(c -> programmes.coordinates(c, person)).isPresent();
    }

    /** Joined and not left: works in the relationship. */
    public boolean isMember(UUID person) {
        return participants.stream().anyMatch(p -> p.is(person) && p.isMember());
    }

    /** The role of {@code person}, if they are a member. */
    public Optional<Side> sideOf(UUID person) {
        return participants.stream()
                .filter(p -> p.is(person) && p.isMember())
                .map(Participant::role)
                .findFirst();
    }

    /** The members other than {@code person}: whom a change of theirs concerns. */
    public List<UUID> othersThan(UUID person) {
        return members().filter(id -> !id.equals(person)).toList();
    }

    public Stream<UUID> members() {
        return participants.stream().filter(Participant::isMember).map(Participant::personId);
    }

    /** The mentees who are members (one in a one-to-one relationship, several in a group). */
    public Stream<UUID> mentees() {
        return participants.stream()
                .filter(p -> p.role() == Side.MENTEE && p.isMember())
                .map(Participant::personId);
    }

    /**
     * Running (ACTIVE or PAUSED) with {@code mentor} as its mentor and {@code mentee} among its
     * member mentees: the two already work together, so they are not paired again.
     */
    public boolean mentors(UUID mentor, UUID mentee) {
        return status.isRunning()
                && mentorId().filter(mentor::equals).isPresent()
                && mentees().anyMatch(mentee::equals);
    }

    public Optional<UUID> mentorId() {
        return role(Side.MENTOR).map(Participant::personId);
    }

    public Optional<String> mentorName() {
        return role(Side.MENTOR).flatMap(Participant::name);
    }

    /** The mentee of a one-to-one relationship; a group has several. */
    public Optional<UUID> menteeId() {
        return format == MentoringFormat.ONE_TO_ONE ? role(Side.MENTEE).map(Participant::personId) : Optional.empty();
    }

    public Optional<String> menteeName() {
        return format == MentoringFormat.ONE_TO_ONE ? role(Side.MENTEE).flatMap(Participant::name) : Optional.empty();
    }

    /** Mentees who take a seat of the offer's capacity. */
    public long menteeSeats() {
        return participants.stream()
                .filter(p -> p.role() == Side.MENTEE && p.isMember())
                .count();
    }

    private Optional<Participant> role(Side role) {
        return participants.stream()
                .filter(p -> p.role() == role && !p.hasLeft())
                .findFirst();
    }

    /**
     * Moves to {@code target}: ACTIVE to PAUSED and back, ACTIVE or PAUSED to COMPLETED, or to
     * ENDED_EARLY with a reason. Anything else is refused with the rule it breaks.
     */
    public MentoringRelationship moveTo(RelationshipStatus target, Optional<String> reason, Instant now) {
        Optional<String> why = reason.map(String::strip).filter(r -> !r.isEmpty());
        requireRunning();
        return switch (target) {
            case PAUSED -> {
                if (status == RelationshipStatus.PAUSED) {
                    throw new RuleViolationException("This relationship is already PAUSED.");
                }
                yield with(RelationshipStatus.PAUSED, Optional.empty(), Optional.empty());
            }
            case ACTIVE -> {
                if (status == RelationshipStatus.ACTIVE) {
                    throw new RuleViolationException("This relationship is already ACTIVE; only a PAUSED one resumes.");
                }
                yield with(RelationshipStatus.ACTIVE, Optional.empty(), Optional.empty());
            }
            case COMPLETED -> with(RelationshipStatus.COMPLETED, Optional.of(now), Optional.empty());
            case ENDED_EARLY -> {
                if (why.isEmpty()) {
                    throw InvalidInputException.of(
                            "reason", "is required to end a relationship early: say briefly why it ends");
                }
                yield with(RelationshipStatus.ENDED_EARLY, Optional.of(now), why);
            }
        };
    }

    private MentoringRelationship with(RelationshipStatus next, Optional<Instant> ended, Optional<String> reason) {
        return withParticipants(participants, next, ended, reason);
    }

    private MentoringRelationship withParticipants(
            List<Participant> next, RelationshipStatus nextStatus, Optional<Instant> ended, Optional<String> reason) {
        return new MentoringRelationship(
                id, next, offerId, requestId, coalitionId, format, nextStatus, startedAt, ended, reason, version);
    }
}
