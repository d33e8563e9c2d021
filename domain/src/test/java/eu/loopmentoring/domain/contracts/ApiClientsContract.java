package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.partner.ApiClient;
import eu.loopmentoring.domain.partner.ApiClientSecret;
import eu.loopmentoring.domain.partner.ApiClients;
import eu.loopmentoring.domain.shared.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link ApiClients} must do. */
public abstract class ApiClientsContract extends PortContract {

    protected abstract Organizations organizations();

    protected abstract ApiClients clients();

    private static ApiClientSecret secret(String hash, int minutesAfterT0) {
        return new ApiClientSecret(UUID.randomUUID(), hash, T0.plusSeconds(60L * minutesAfterT0), Optional.empty());
    }

    private ApiClient aClient(Organization organization, String name) {
        ApiClient client = new ApiClient(
                UUID.randomUUID(),
                name,
                organization.id(),
                Set.of(Scope.RESOURCES_READ),
                true,
                List.of(secret("hash-1", 0)),
                aPerson("Creator").id(),
                T0,
                0);
        clients().add(client);
        return clients().find(client.id()).orElseThrow();
    }

    @Test
    void aClientIsFoundByIdWithItsScopesAndSecrets() {
        Organization organization = Communities.organization(organizations(), OrganizationKind.UNIVERSITY);
        ApiClient added = new ApiClient(
                UUID.randomUUID(),
                unique("Library "),
                organization.id(),
                Set.of(Scope.RESOURCES_READ, Scope.PROFILES_READ, Scope.ORGANIZATIONS_READ),
                false,
                List.of(secret("old", 0), secret("new", 5).expiringBy(T0.plusSeconds(3600))),
                aPerson("Creator").id(),
                T0,
                0);

        clients().add(added);

        assertThat(clients().find(added.id())).contains(added);
        assertThat(clients().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndGivesANewOne() {
        ApiClient client = aClient(Communities.organization(organizations(), OrganizationKind.SCHOOL), unique("A "));
        ApiClient changed = client.with("Renamed " + client.name(), Set.of(Scope.MENTORING_READ), false);

        ApiClient stored = clients().update(changed).orElseThrow();

        assertThat(stored.version()).isGreaterThan(client.version());
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(changed);
        assertThat(clients().find(client.id())).contains(stored);
        assertThat(clients().update(changed)).isEmpty();
        assertThat(clients().find(client.id())).contains(stored);
    }

    @Test
    void aRotationKeepsTheOldSecretUntilItExpiresAndTheNextOneDropsIt() {
        ApiClient client = aClient(Communities.organization(organizations(), OrganizationKind.SCHOOL), unique("R "));
        ApiClientSecret old = client.secrets().get(0);
        ApiClientSecret fresh = secret("hash-2", 10);

        ApiClient rotated = clients()
                .update(client.withSecrets(List.of(old.expiringBy(T0.plusSeconds(86_400)), fresh)))
                .orElseThrow();

        assertThat(rotated.version()).isGreaterThan(client.version());
        assertThat(rotated.secrets()).containsExactly(old.expiringBy(T0.plusSeconds(86_400)), fresh);
        assertThat(clients().find(client.id())).contains(rotated);

        ApiClient again = clients().update(rotated.withSecrets(List.of(fresh))).orElseThrow();

        assertThat(again.version()).isGreaterThan(rotated.version());
        assertThat(clients().find(client.id()).orElseThrow().secrets()).containsExactly(fresh);
    }

    @Test
    void theListIsOrderedByNameInAnyCaseInKeysetPagesNarrowedByOrganisation() {
        Organization organization = Communities.organization(organizations(), OrganizationKind.SCHOOL);
        Organization other = Communities.organization(organizations(), OrganizationKind.SCHOOL);
        String prefix = unique("list-");
        List<ApiClient> added = List.of("d", "B", "e", "a", "C").stream()
                .map(letter -> aClient(organization, prefix + letter))
                .toList();
        ApiClient elsewhere = aClient(other, prefix + "a");

        List<ApiClient> listed = allPages(2, page -> clients().list(Optional.of(organization.id()), page));

        assertThat(listed)
                .extracting(ApiClient::name)
                .containsExactly(prefix + "a", prefix + "B", prefix + "C", prefix + "d", prefix + "e");
        assertThat(allPages(50, page -> clients().list(Optional.empty(), page)))
                .filteredOn(c -> c.name().startsWith(prefix))
                .hasSize(added.size() + 1)
                .contains(elsewhere);
    }
}
