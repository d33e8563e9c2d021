package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.matching.BlockedPair;
import eu.loopmentoring.domain.matching.MatchingPolicy;
import eu.loopmentoring.domain.matching.MenteeCandidate;
import eu.loopmentoring.domain.matching.MentorCandidate;
import eu.loopmentoring.domain.matching.PairExplanation;
import eu.loopmentoring.domain.matching.Suggestions;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Self-service suggestions through the matching engine: the best active offers for the caller's
 * open request, and the best pooled requests for the caller's active offer. Only pairs that pass
 * every must-have filter of the policy are suggested (blocked pairs never: blocks in either
 * direction are the engine's NOT_BLOCKED filter). Pages are keysets of (score, id).
 */
public class MatchSuggestions {

    private final MentorOffers offers;
    private final MentoringRequests requests;
    private final PersonBlocks blocks;
    private final MentoringRelationships relationships;
    private final MatchCandidates candidates;
    private final Clock clock;

    public MatchSuggestions(
            MentorOffers offers,
            MentoringRequests requests,
            PersonBlocks blocks,
            MentoringRelationships relationships,
            MatchCandidates candidates,
            Clock clock) {
        this.offers = offers;
        this.requests = requests;
        this.blocks = blocks;
        this.relationships = relationships;
        this.candidates = candidates;
        this.clock = clock;
    }

    /**
     * Mentors for the caller's request: the one named, or their only OPEN request. A request of
     * someone else's is a 404; several open without naming one, a 422. Someone with no OPEN
     * request gets no suggestion: an empty page, not an error, so that a screen can simply show
     * none.
     */
    public Page<MatchSuggestion> mentorsFor(Subject subject, Optional<UUID> requestId, PageRequest page) {
        PersonSubject me = Access.person(subject);
        Optional<MentoringRequest> chosen = requestId.isPresent()
                ? requestId.map(id -> requests.find(id)
                        .filter(r -> r.isOf(me.id()))
                        .orElseThrow(() -> new ObjectNotFoundException("mentoring request", id)))
                : onlyOpenRequest(me.id());
        if (chosen.isEmpty()) {
            return new Page<>(List.of(), Optional.empty());
        }
        MentoringRequest request = chosen.get();
        if (request.status() != RequestStatus.OPEN) {
            throw new RuleViolationException(
                    "Suggestions are for an OPEN request; this one is " + request.status() + ".");
        }
        List<MentorOffer> active =
                offers.active().stream().filter(o -> !o.isOf(me.id())).toList();
        Map<UUID, MentorOffer> byId = active.stream().collect(Collectors.toMap(MentorOffer::id, Function.identity()));
        List<MentorCandidate> mentors = active.stream().map(candidates::mentor).toList();
        List<PairExplanation> found = new Suggestions(MatchingPolicy.DEFAULT)
                .mentorsFor(
                        candidates.mentee(request),
                        mentors,
                        blockedPairs(me.id()),
                        week(),
                        page.fetchSize(),
                        after(page));
        return page(
                found,
                e -> {
                    MentorOffer o = byId.get(e.offerId());
                    return new MatchSuggestion(o.mentorId(), o.mentorName(), e);
                },
                PairExplanation::offerId,
                page);
    }

    /** Pooled OPEN requests the caller's ACTIVE offer could take (403 without one). */
    public Page<MatchSuggestion> menteesFor(Subject subject, PageRequest page) {
        PersonSubject me = Access.person(subject);
        MentorOffer offer = offers.ofMentor(me.id())
                .filter(MentorOffer::isActive)
                .orElseThrow(() -> new AccessDeniedException(
                        "Mentee suggestions are for mentors: create a mentor offer, or resume your paused one."));
        List<MentoringRequest> open =
                requests.seeking().stream().filter(r -> !r.isOf(me.id())).toList();
        Map<UUID, MentoringRequest> byId =
                open.stream().collect(Collectors.toMap(MentoringRequest::id, Function.identity()));
        List<MenteeCandidate> mentees = open.stream().map(candidates::mentee).toList();
        List<PairExplanation> found = new Suggestions(MatchingPolicy.DEFAULT)
                .menteesFor(
                        candidates.mentor(offer),
                        mentees,
                        blockedPairs(me.id()),
                        week(),
                        page.fetchSize(),
                        after(page));
        return page(
                found,
                e -> {
                    MentoringRequest r = byId.get(e.requestId());
                    return new MatchSuggestion(r.menteeId(), r.menteeName(), e);
                },
                PairExplanation::requestId,
                page);
    }

    /** The caller's only OPEN request, none when they have none; several without a choice is a 422. */
    private Optional<MentoringRequest> onlyOpenRequest(UUID me) {
        List<MentoringRequest> open = requests.allOf(me).stream()
                .filter(r -> r.status() == RequestStatus.OPEN)
                .toList();
        if (open.size() > 1) {
            throw new RuleViolationException("You have several OPEN requests: say which with requestId.");
        }
        return open.stream().findFirst();
    }

    /** Whom the caller is never paired with: who blocked them or whom they blocked, and whoever already mentors them or is their mentee. */
    private Set<BlockedPair> blockedPairs(UUID me) {
        Set<BlockedPair> pairs = blocks.around(me).stream()
                .map(other -> BlockedPair.of(me, other))
                .collect(Collectors.toSet());
        relationships
                .runningAmong(List.of(me))
                .forEach(r -> r.mentorId()
                        .ifPresent(mentor -> r.mentees()
                                .filter(mentee -> mentor.equals(me) || mentee.equals(me))
                                .forEach(mentee -> pairs.add(BlockedPair.of(mentor, mentee)))));
        return pairs;
    }

    private LocalDate week() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Optional<Suggestions.After> after(PageRequest page) {
        return page.after().map(k -> new Suggestions.After(Long.parseLong(k.value(0)), UUID.fromString(k.value(1))));
    }

    /** The page of suggestions, continued after (score, the other side's id) of its last item. */
    private static Page<MatchSuggestion> page(
            List<PairExplanation> found,
            Function<PairExplanation, MatchSuggestion> suggestion,
            Function<PairExplanation, UUID> idOf,
            PageRequest page) {
        return Page.fromOverfetch(
                found.stream().map(suggestion).toList(),
                page,
                s -> Keyset.of(
                        Long.toString(s.explanation().milliPoints()),
                        idOf.apply(s.explanation()).toString()));
    }
}
