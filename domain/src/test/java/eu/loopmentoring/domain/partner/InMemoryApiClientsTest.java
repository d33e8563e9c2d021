package eu.loopmentoring.domain.partner;

import eu.loopmentoring.domain.contracts.ApiClientsContract;
import eu.loopmentoring.domain.fakes.InMemoryApiClients;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.organization.Organizations;

class InMemoryApiClientsTest extends ApiClientsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final InMemoryApiClients clients = new InMemoryApiClients();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Organizations organizations() {
        return organizations;
    }

    @Override
    protected ApiClients clients() {
        return clients;
    }
}
