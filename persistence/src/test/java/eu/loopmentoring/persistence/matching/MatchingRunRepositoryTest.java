package eu.loopmentoring.persistence.matching;

import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.MatchingRunsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.matchingrun.MatchingRuns;
import eu.loopmentoring.persistence.coalition.CoalitionRepository;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class MatchingRunRepositoryTest extends MatchingRunsContract {

    @Inject
    PersonRepository people;

    @Inject
    MatchingRunRepository runs;

    @Inject
    CoalitionRepository coalitions;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected MatchingRuns runs() {
        return InTransactions.each(MatchingRuns.class, runs);
    }

    @Override
    protected Coalitions coalitions() {
        return InTransactions.each(Coalitions.class, coalitions);
    }
}
