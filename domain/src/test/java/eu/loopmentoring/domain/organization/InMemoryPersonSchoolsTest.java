package eu.loopmentoring.domain.organization;

import eu.loopmentoring.domain.contracts.PersonSchoolsContract;
import eu.loopmentoring.domain.fakes.InMemoryOrganizationMemberships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryPersonSchools;
import eu.loopmentoring.domain.identity.People;

class InMemoryPersonSchoolsTest extends PersonSchoolsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final InMemoryOrganizationMemberships memberships =
            new InMemoryOrganizationMemberships(people, organizations);

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Organizations organizations() {
        return organizations;
    }

    @Override
    protected OrganizationMemberships memberships() {
        return memberships;
    }

    @Override
    protected PersonSchools schools() {
        return new InMemoryPersonSchools(organizations, memberships);
    }
}
