package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.profile.PersonRelations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The relations a test declares: mentoring partners, coalition peers, organisation members. */
public final class KnownPersonRelations implements PersonRelations {
    private final Set<Set<UUID>> mentoring = new HashSet<>();
    private final Set<Set<UUID>> coalitions = new HashSet<>();
    private final Set<List<UUID>> organizations = new HashSet<>();

    public void mentoring(UUID a, UUID b) {
        mentoring.add(Set.of(a, b));
    }

    public void coalition(UUID a, UUID b) {
        coalitions.add(Set.of(a, b));
    }

    public void organization(UUID organization, UUID person) {
        organizations.add(List.of(organization, person));
    }

    @Override
    public boolean mentoringPartners(UUID person, UUID other) {
        return mentoring.contains(Set.of(person, other));
    }

    @Override
    public boolean shareActiveCoalition(UUID person, UUID other) {
        return coalitions.contains(Set.of(person, other));
    }

    @Override
    public boolean activeMemberOf(UUID organizationId, UUID person) {
        return organizations.contains(List.of(organizationId, person));
    }
}
