package eu.loopmentoring.domain.organization;

import eu.loopmentoring.domain.contracts.OrganizationsContract;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryOrganizationsTest extends OrganizationsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryOrganizations organizations = new InMemoryOrganizations();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Organizations organizations() {
        return organizations;
    }
}
