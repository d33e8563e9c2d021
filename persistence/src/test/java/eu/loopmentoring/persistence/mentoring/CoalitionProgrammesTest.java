package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.ProgrammesContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.Programmes;
import eu.loopmentoring.persistence.coalition.CoalitionMembershipRepository;
import eu.loopmentoring.persistence.coalition.CoalitionRepository;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class CoalitionProgrammesTest extends ProgrammesContract {

    @Inject
    PersonRepository people;

    @Inject
    CoalitionRepository coalitions;

    @Inject
    CoalitionMembershipRepository memberships;

    @Inject
    CoalitionProgrammes programmes;

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

    @Override
    protected Programmes programmes() {
        return InTransactions.each(Programmes.class, programmes);
    }
}
