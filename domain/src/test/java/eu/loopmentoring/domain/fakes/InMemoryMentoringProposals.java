package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.MentoringProposals;
import eu.loopmentoring.domain.mentoring.ProposalStatus;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

public final class InMemoryMentoringProposals implements MentoringProposals {
    public final Map<UUID, MentoringProposal> byId = new LinkedHashMap<>();

    private static final Comparator<MentoringProposal> OLDEST_FIRST =
            Comparator.comparing(InMemoryMentoringProposals::key, FakePages.KEY_ORDER);

    @Override
    public Optional<MentoringProposal> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<MentoringProposal> findLocked(UUID id) {
        return find(id);
    }

    @Override
    public synchronized boolean add(MentoringProposal p) {
        if (byId.values().stream()
                .anyMatch(o -> o.isPending()
                        && o.requestId().equals(p.requestId())
                        && o.offerId().equals(p.offerId()))) {
            return false;
        }
        byId.put(p.id(), p);
        return true;
    }

    @Override
    public MentoringProposal update(MentoringProposal p) {
        byId.put(p.id(), p);
        return p;
    }

    @Override
    public List<MentoringProposal> pendingOf(UUID requestId) {
        return select(p -> p.isPending() && p.requestId().equals(requestId));
    }

    @Override
    public List<MentoringProposal> pendingBetween(UUID one, UUID other) {
        return select(p -> p.isPending()
                && ((p.menteeId().equals(one) && p.mentorId().equals(other))
                        || (p.menteeId().equals(other) && p.mentorId().equals(one))));
    }

    @Override
    public boolean exists(UUID requestId, UUID offerId) {
        return !select(p -> p.requestId().equals(requestId) && p.offerId().equals(offerId))
                .isEmpty();
    }

    @Override
    public Page<MentoringProposal> involving(UUID person, Optional<ProposalStatus> status, PageRequest page) {
        return FakePages.byKeyDescending(
                select(p -> p.sideOf(person).isPresent()
                                && status.map(s -> s == p.status()).orElse(true))
                        .stream(),
                page,
                InMemoryMentoringProposals::key);
    }

    @Override
    public List<MentoringProposal> allInvolving(UUID person) {
        return select(p -> p.sideOf(person).isPresent()).reversed();
    }

    @Override
    public List<UUID> due(Instant now, int limit) {
        return select(p -> p.isDue(now)).stream()
                .sorted(Comparator.comparing(MentoringProposal::expiresAt).thenComparing(p -> p.id().toString()))
                .limit(limit)
                .map(MentoringProposal::id)
                .toList();
    }

    /** Oldest first. */
    private List<MentoringProposal> select(Predicate<MentoringProposal> which) {
        return new ArrayList<>(byId.values())
                .stream().filter(which).sorted(OLDEST_FIRST).toList();
    }

    private static List<String> key(MentoringProposal proposal) {
        return List.of(FakePages.sortable(proposal.createdAt()), proposal.id().toString());
    }
}
