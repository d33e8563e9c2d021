package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.contracts.ResourceUsesContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.ResourceUses;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ResourceUseRepositoryTest extends ResourceUsesContract {

    @Inject
    PersonRepository people;

    @Inject
    LearningResourceRepository resources;

    @Inject
    ResourceUseRepository uses;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected LearningResources resources() {
        return InTransactions.each(LearningResources.class, resources);
    }

    @Override
    protected ResourceUses uses() {
        return InTransactions.each(ResourceUses.class, uses);
    }
}
