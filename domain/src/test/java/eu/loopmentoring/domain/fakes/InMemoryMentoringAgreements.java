package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.MentoringAgreement;
import eu.loopmentoring.domain.mentoring.MentoringAgreements;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Agreements as stored: without the members (the relationship says who they are), a change of
 * terms or confirmations moving the version.
 */
public final class InMemoryMentoringAgreements implements MentoringAgreements {

    public final Map<UUID, MentoringAgreement> byRelationship = new LinkedHashMap<>();

    @Override
    public Optional<MentoringAgreement> find(UUID relationshipId) {
        return Optional.ofNullable(byRelationship.get(relationshipId));
    }

    @Override
    public MentoringAgreement add(MentoringAgreement agreement) {
        MentoringAgreement stored = stored(agreement, 0);
        byRelationship.put(stored.relationshipId(), stored);
        return stored;
    }

    @Override
    public MentoringAgreement update(MentoringAgreement agreement) {
        MentoringAgreement before = byRelationship.get(agreement.relationshipId());
        MentoringAgreement next = FakeVersions.stored(before, before.version(), v -> stored(agreement, v));
        byRelationship.put(next.relationshipId(), next);
        return next;
    }

    @Override
    public List<MentoringAgreement> ofRelationships(List<UUID> relationshipIds) {
        return byRelationship.values().stream()
                .filter(a -> relationshipIds.contains(a.relationshipId()))
                .sorted(Comparator.comparing(MentoringAgreement::updatedAt)
                        .thenComparing(a -> a.relationshipId().toString()))
                .toList();
    }

    private static MentoringAgreement stored(MentoringAgreement a, long version) {
        return new MentoringAgreement(
                a.relationshipId(), a.terms(), a.confirmations(), Map.of(), a.updatedBy(), a.updatedAt(), version);
    }
}
