package eu.loopmentoring.persistence.organization;

import eu.loopmentoring.domain.contracts.OrganizationMembershipsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class OrganizationMembershipRepositoryTest extends OrganizationMembershipsContract {

    @Inject
    PersonRepository people;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationMembershipRepository memberships;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected Organizations organizations() {
        return InTransactions.each(Organizations.class, organizations);
    }

    @Override
    protected OrganizationMemberships memberships() {
        return InTransactions.each(OrganizationMemberships.class, memberships);
    }
}
