package eu.loopmentoring.persistence.organization;

import eu.loopmentoring.domain.contracts.PersonSchoolsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.organization.PersonSchools;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PersonSchoolRepositoryTest extends PersonSchoolsContract {

    @Inject
    PersonRepository people;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationMembershipRepository organizationMemberships;

    @Inject
    PersonSchoolRepository schools;

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
        return InTransactions.each(OrganizationMemberships.class, organizationMemberships);
    }

    @Override
    protected PersonSchools schools() {
        return InTransactions.each(PersonSchools.class, schools);
    }
}
