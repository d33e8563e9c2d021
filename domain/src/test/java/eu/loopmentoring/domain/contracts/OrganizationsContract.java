package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationFilter;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link Organizations} must do. */
public abstract class OrganizationsContract extends PortContract {

    protected abstract Organizations organizations();

    protected Organization anOrganization(String name, OrganizationKind kind, String country) {
        Organization organization = new Organization(
                UUID.randomUUID(),
                name,
                kind,
                country,
                Optional.empty(),
                List.of("pt"),
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                T0,
                0);
        organizations().add(organization);
        return organization;
    }

    private static OrganizationFilter named(String prefix) {
        return new OrganizationFilter(Optional.of(prefix), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void anOrganizationIsReadBackAsItWasAdded() {
        Organization added = new Organization(
                UUID.randomUUID(),
                unique("Escola "),
                OrganizationKind.SCHOOL,
                "PT",
                Optional.of("Norte"),
                List.of("pt", "en"),
                Set.of(IscedLevel.ISCED_1, IscedLevel.ISCED_2),
                Optional.of("https://escola.example.org"),
                Optional.of("A school by the sea"),
                Optional.of(T0.plusSeconds(5)),
                Optional.of(aPerson("Founder").id()),
                T0,
                0);

        organizations().add(added);

        assertThat(organizations().find(added.id())).contains(added);
        assertThat(organizations().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndGivesANewOne() {
        Organization organization = anOrganization(unique("Old "), OrganizationKind.SCHOOL, "PT");
        Organization changed = new Organization(
                organization.id(),
                unique("New "),
                OrganizationKind.UNIVERSITY,
                "ES",
                Optional.of("Galicia"),
                List.of("es", "gl"),
                Set.of(IscedLevel.ISCED_6),
                Optional.empty(),
                Optional.of("Renamed"),
                Optional.empty(),
                Optional.empty(),
                organization.createdAt(),
                organization.version());

        Organization stored = organizations().update(changed).orElseThrow();

        assertThat(stored.version()).isGreaterThan(organization.version());
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(changed);
        assertThat(organizations().find(organization.id())).contains(stored);
        assertThat(organizations().update(changed)).isEmpty();
    }

    @Test
    void theDirectoryIsOrderedByNameInAnyCaseInKeysetPages() {
        String prefix = unique("Dir");
        List<String> names = List.of(prefix + " d", prefix + " A", prefix + " c", prefix + " E", prefix + " b");
        List<Organization> added = names.stream()
                .map(name -> anOrganization(name, OrganizationKind.SCHOOL, "PT"))
                .toList();

        List<Organization> listed = allPages(2, page -> organizations().list(named(prefix.toLowerCase()), page));

        assertThat(listed)
                .extracting(Organization::name)
                .containsExactly(prefix + " A", prefix + " b", prefix + " c", prefix + " d", prefix + " E");
        assertThat(added).hasSize(5);
    }

    @Test
    void theDirectoryIsNarrowedByCountryKindAndOneOrganisation() {
        String prefix = unique("Narrow");
        Organization school = anOrganization(prefix + " 1", OrganizationKind.SCHOOL, "PT");
        Organization university = anOrganization(prefix + " 2", OrganizationKind.UNIVERSITY, "PT");
        Organization spanish = anOrganization(prefix + " 3", OrganizationKind.SCHOOL, "ES");

        assertThat(organizations()
                        .list(
                                new OrganizationFilter(
                                        Optional.of(prefix), Optional.of("PT"), Optional.empty(), Optional.empty()),
                                PageRequest.first(10))
                        .items())
                .containsExactly(school, university);
        assertThat(organizations()
                        .list(
                                new OrganizationFilter(
                                        Optional.of(prefix),
                                        Optional.empty(),
                                        Optional.of(OrganizationKind.SCHOOL),
                                        Optional.empty()),
                                PageRequest.first(10))
                        .items())
                .containsExactly(school, spanish);
        assertThat(organizations()
                        .list(named(prefix).restrictedTo(university.id()), PageRequest.first(10))
                        .items())
                .containsExactly(university);
    }
}
