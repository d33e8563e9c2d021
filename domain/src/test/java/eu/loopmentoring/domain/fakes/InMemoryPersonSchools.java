package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.organization.MembershipStatus;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.PersonSchools;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/** People's schools, read from the in-memory organisations and memberships. */
public final class InMemoryPersonSchools implements PersonSchools {

    private static final Comparator<OrganizationMembership> LONGEST_FIRST = Comparator.comparing(
                    (OrganizationMembership m) -> m.activeSince().orElse(Instant.MAX))
            .thenComparing(m -> m.organizationId().toString());

    private final InMemoryOrganizations organizations;
    private final InMemoryOrganizationMemberships memberships;

    public InMemoryPersonSchools(InMemoryOrganizations organizations, InMemoryOrganizationMemberships memberships) {
        this.organizations = organizations;
        this.memberships = memberships;
    }

    @Override
    public Map<UUID, UUID> of(Collection<UUID> people) {
        return memberships.all.values().stream()
                .filter(m -> people.contains(m.personId()) && m.status() == MembershipStatus.ACTIVE)
                .filter(m -> organizations
                        .find(m.organizationId())
                        .filter(o -> o.kind() == OrganizationKind.SCHOOL)
                        .isPresent())
                .collect(
                        Collectors.toMap(OrganizationMembership::personId, m -> m, BinaryOperator.minBy(LONGEST_FIRST)))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().organizationId()));
    }
}
