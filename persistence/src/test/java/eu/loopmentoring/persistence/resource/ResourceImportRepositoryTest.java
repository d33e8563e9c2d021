package eu.loopmentoring.persistence.resource;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.contracts.ResourceImportJobsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.partner.ApiClient;
import eu.loopmentoring.domain.partner.ApiClients;
import eu.loopmentoring.domain.resource.ResourceImportJob;
import eu.loopmentoring.domain.resource.ResourceImportJobs;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.organization.OrganizationRepository;
import eu.loopmentoring.persistence.partner.ApiClientRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResourceImportRepositoryTest extends ResourceImportJobsContract {

    @Inject
    PersonRepository people;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ApiClientRepository clients;

    @Inject
    ResourceImportRepository jobs;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected ResourceImportJobs jobs() {
        return InTransactions.each(ResourceImportJobs.class, jobs);
    }

    @Override
    protected ClientSubject aPartner() {
        Organization organization = new Organization(
                UUID.randomUUID(),
                unique("Partner "),
                OrganizationKind.UNIVERSITY,
                "PT",
                Optional.empty(),
                List.of("pt"),
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                T0,
                0);
        InTransactions.each(Organizations.class, organizations).add(organization);
        ApiClient client = new ApiClient(
                UUID.randomUUID(),
                "Importer",
                organization.id(),
                Set.of(Scope.RESOURCES_WRITE),
                true,
                List.of(),
                null,
                T0,
                0);
        InTransactions.each(ApiClients.class, clients).add(client);
        return new ClientSubject(client.id(), organization.id(), client.scopes());
    }

    @Test
    void aJobClaimedInOneUnitOfWorkIsSkippedByAnotherUntilThatOneEnds() {
        ResourceImportJob first = pending(1, T0.minusSeconds(30));
        ResourceImportJob second = pending(1, T0.minusSeconds(20));

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(jobs.claimNext()).contains(first);
            assertThat(QuarkusTransaction.requiringNew().call(jobs::claimNext))
                    .as("another worker, meanwhile")
                    .contains(second);
        });

        assertThat(jobs().claimNext()).as("once the first worker is done").contains(first);
        finished(first);
        finished(second);
    }
}
