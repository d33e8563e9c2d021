package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.contracts.ResourceUsesContract;
import eu.loopmentoring.domain.fakes.InMemoryLearningResources;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryResourceUses;
import eu.loopmentoring.domain.identity.People;

class InMemoryResourceUsesTest extends ResourceUsesContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryLearningResources resources = new InMemoryLearningResources();
    private final InMemoryResourceUses uses = new InMemoryResourceUses();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected LearningResources resources() {
        return resources;
    }

    @Override
    protected ResourceUses uses() {
        return uses;
    }
}
