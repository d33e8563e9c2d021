package eu.loopmentoring.persistence.organization;

import eu.loopmentoring.domain.contracts.OrganizationsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class OrganizationRepositoryTest extends OrganizationsContract {

    @Inject
    PersonRepository people;

    @Inject
    OrganizationRepository organizations;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected Organizations organizations() {
        return InTransactions.each(Organizations.class, organizations);
    }
}
