package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.PersonBlocksContract;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryPersonBlocks;
import eu.loopmentoring.domain.identity.People;

class InMemoryPersonBlocksTest extends PersonBlocksContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryPersonBlocks blocks = new InMemoryPersonBlocks();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected PersonBlocks blocks() {
        return blocks;
    }
}
