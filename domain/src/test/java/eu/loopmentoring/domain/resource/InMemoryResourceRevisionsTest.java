package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.contracts.ResourceRevisionsContract;
import eu.loopmentoring.domain.fakes.InMemoryLearningResources;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryResourceRevisions;
import eu.loopmentoring.domain.identity.People;

class InMemoryResourceRevisionsTest extends ResourceRevisionsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryLearningResources resources = new InMemoryLearningResources();
    private final InMemoryResourceRevisions revisions = new InMemoryResourceRevisions();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected LearningResources resources() {
        return resources;
    }

    @Override
    protected ResourceRevisions revisions() {
        return revisions;
    }
}
