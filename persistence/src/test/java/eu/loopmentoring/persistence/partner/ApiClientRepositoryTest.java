package eu.loopmentoring.persistence.partner;

import eu.loopmentoring.domain.contracts.ApiClientsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.partner.ApiClients;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.organization.OrganizationRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ApiClientRepositoryTest extends ApiClientsContract {

    @Inject
    PersonRepository people;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ApiClientRepository clients;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected Organizations organizations() {
        return InTransactions.each(Organizations.class, organizations);
    }

    @Override
    protected ApiClients clients() {
        return InTransactions.each(ApiClients.class, clients);
    }
}
