package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.Participant;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.mentoring.Side;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Relationships as stored: participants the mentor first, then in the order they were invited; a
 * stored change gets the next version, a change that changes nothing keeps it; newest first.
 */
public final class InMemoryMentoringRelationships implements MentoringRelationships {

    private static final Comparator<Participant> MENTOR_FIRST = Comparator.<Participant, Boolean>comparing(
                    p -> p.role() != Side.MENTOR)
            .thenComparing(Participant::invitedAt)
            .thenComparing(Participant::personId);

    public final Map<UUID, MentoringRelationship> byId = new LinkedHashMap<>();

    @Override
    public Optional<MentoringRelationship> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<MentoringRelationship> findLocked(UUID id) {
        return find(id);
    }

    @Override
    public void add(MentoringRelationship relationship) {
        byId.put(relationship.id(), stored(relationship, 0));
    }

    @Override
    public MentoringRelationship update(MentoringRelationship relationship) {
        MentoringRelationship before = byId.get(relationship.id());
        MentoringRelationship next = FakeVersions.stored(before, before.version(), v -> stored(relationship, v));
        byId.put(next.id(), next);
        return next;
    }

    @Override
    public int countRunning(UUID offerId) {
        return (int) byId.values().stream()
                .filter(r -> r.offerId().filter(offerId::equals).isPresent())
                .filter(r -> r.status().isRunning())
                .mapToLong(MentoringRelationship::menteeSeats)
                .sum();
    }

    @Override
    public Optional<MentoringRelationship> runningGroupOf(UUID offerId) {
        return byId.values().stream()
                .filter(r -> r.offerId().filter(offerId::equals).isPresent())
                .filter(r -> r.status().isRunning() && r.format() == MentoringFormat.GROUP)
                .min(Comparator.comparing(MentoringRelationship::startedAt));
    }

    @Override
    public Page<MentoringRelationship> involving(UUID person, Optional<RelationshipStatus> status, PageRequest page) {
        return newestFirst(
                r -> r.involves(person) && status.map(s -> s == r.status()).orElse(true), page);
    }

    @Override
    public Page<MentoringRelationship> inCoalition(
            UUID coalitionId, Optional<RelationshipStatus> status, PageRequest page) {
        return newestFirst(
                r -> r.coalitionId().filter(coalitionId::equals).isPresent()
                        && status.map(s -> s == r.status()).orElse(true),
                page);
    }

    @Override
    public List<MentoringRelationship> allInvolving(UUID person) {
        return byId.values().stream()
                .filter(r -> r.participants().stream().anyMatch(p -> p.is(person)))
                .sorted(Comparator.comparing(InMemoryMentoringRelationships::key, FakePages.KEY_ORDER.reversed()))
                .toList();
    }

    @Override
    public List<MentoringRelationship> runningAmong(Collection<UUID> people) {
        Set<UUID> wanted = Set.copyOf(people);
        return byId.values().stream()
                .filter(r -> r.status().isRunning())
                .filter(r -> r.participants().stream().anyMatch(p -> wanted.contains(p.personId())))
                .toList();
    }

    private Page<MentoringRelationship> newestFirst(Predicate<MentoringRelationship> which, PageRequest page) {
        return FakePages.byKeyDescending(
                byId.values().stream().filter(which), page, InMemoryMentoringRelationships::key);
    }

    private static List<String> key(MentoringRelationship relationship) {
        return List.of(
                FakePages.sortable(relationship.startedAt()), relationship.id().toString());
    }

    private static MentoringRelationship stored(MentoringRelationship r, long version) {
        return new MentoringRelationship(
                r.id(),
                r.participants().stream().sorted(MENTOR_FIRST).toList(),
                r.offerId(),
                r.requestId(),
                r.coalitionId(),
                r.format(),
                r.status(),
                r.startedAt(),
                r.endedAt(),
                r.endReason(),
                version);
    }
}
