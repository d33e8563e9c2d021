package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.contracts.LearningResourcesContract;
import eu.loopmentoring.domain.fakes.InMemoryLearningResources;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryLearningResourcesTest extends LearningResourcesContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryLearningResources resources = new InMemoryLearningResources();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected LearningResources resources() {
        return resources;
    }
}
