package eu.loopmentoring.domain.matchingrun;

import eu.loopmentoring.domain.matching.BlockedPair;
import eu.loopmentoring.domain.matching.MatchingInput;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.MentoringRequests;
import eu.loopmentoring.domain.mentoring.PersonBlocks;
import eu.loopmentoring.domain.mentoring.ProfileMatchCandidates;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A coalition's run input in a few bulk queries: requests, offers, then the profiles, blocks and
 * running relationships of all their people. A mentee is never paired with a mentor they already
 * have in a running relationship (one-to-one or group), as two people of whom one blocked the
 * other are never paired.
 */
public class CoalitionRunInputs implements RunInputs {

    private final MentoringRequests requests;
    private final MentorOffers offers;
    private final PersonBlocks blocks;
    private final MentoringRelationships relationships;
    private final ProfileMatchCandidates candidates;

    public CoalitionRunInputs(
            MentoringRequests requests,
            MentorOffers offers,
            PersonBlocks blocks,
            MentoringRelationships relationships,
            ProfileMatchCandidates candidates) {
        this.requests = requests;
        this.offers = offers;
        this.blocks = blocks;
        this.relationships = relationships;
        this.candidates = candidates;
    }

    @Override
    public MatchingInput load(UUID coalitionId, LocalDate week) {
        List<MentoringRequest> open = requests.seekingInCoalition(coalitionId);
        List<MentorOffer> withRoom = offers.activeInCoalition(coalitionId).stream()
                .filter(o -> o.remainingCapacity() > 0)
                .toList();
        Set<UUID> people = new HashSet<>();
        open.forEach(r -> people.add(r.menteeId()));
        withRoom.forEach(o -> people.add(o.mentorId()));
        Set<BlockedPair> blocked = blocks.among(people).stream()
                .map(b -> BlockedPair.of(b.blockerId(), b.blockedId()))
                .collect(Collectors.toSet());
        relationships
                .runningAmong(people)
                .forEach(r -> r.mentorId()
                        .ifPresent(
                                mentor -> r.mentees().forEach(mentee -> blocked.add(BlockedPair.of(mentor, mentee)))));
        return new MatchingInput(candidates.mentees(open), candidates.mentors(withRoom), blocked, week);
    }
}
