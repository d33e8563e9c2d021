package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.contracts.PersonBlocksContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.PersonBlocks;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PersonBlockRepositoryTest extends PersonBlocksContract {

    @Inject
    PersonRepository people;

    @Inject
    PersonBlockRepository blocks;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected PersonBlocks blocks() {
        return InTransactions.each(PersonBlocks.class, blocks);
    }
}
