package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.contracts.ResourceRevisionsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.ResourceRevisions;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ResourceRevisionRepositoryTest extends ResourceRevisionsContract {

    @Inject
    PersonRepository people;

    @Inject
    LearningResourceRepository resources;

    @Inject
    ResourceRevisionRepository revisions;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected LearningResources resources() {
        return InTransactions.each(LearningResources.class, resources);
    }

    @Override
    protected ResourceRevisions revisions() {
        return InTransactions.each(ResourceRevisions.class, revisions);
    }
}
