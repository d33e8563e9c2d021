package eu.loopmentoring.persistence.coalition;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.CoalitionMembershipsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class CoalitionMembershipRepositoryTest extends CoalitionMembershipsContract {

    @Inject
    PersonRepository people;

    @Inject
    CoalitionRepository coalitions;

    @Inject
    CoalitionMembershipRepository memberships;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected Coalitions coalitions() {
        return InTransactions.each(Coalitions.class, coalitions);
    }

    @Override
    protected CoalitionMemberships memberships() {
        return InTransactions.each(CoalitionMemberships.class, memberships);
    }
}
