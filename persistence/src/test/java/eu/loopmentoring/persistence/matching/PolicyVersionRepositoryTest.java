package eu.loopmentoring.persistence.matching;

import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.PolicyVersionsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.matchingrun.PolicyVersions;
import eu.loopmentoring.persistence.coalition.CoalitionRepository;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PolicyVersionRepositoryTest extends PolicyVersionsContract {

    @Inject
    PersonRepository people;

    @Inject
    PolicyVersionRepository versions;

    @Inject
    CoalitionRepository coalitions;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected PolicyVersions versions() {
        return InTransactions.each(PolicyVersions.class, versions);
    }

    @Override
    protected Coalitions coalitions() {
        return InTransactions.each(Coalitions.class, coalitions);
    }
}
