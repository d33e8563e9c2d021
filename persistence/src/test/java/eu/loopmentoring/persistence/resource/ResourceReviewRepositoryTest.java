package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.contracts.ResourceReviewsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.ResourceReviews;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ResourceReviewRepositoryTest extends ResourceReviewsContract {

    @Inject
    PersonRepository people;

    @Inject
    LearningResourceRepository resources;

    @Inject
    ResourceReviewRepository reviews;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected LearningResources resources() {
        return InTransactions.each(LearningResources.class, resources);
    }

    @Override
    protected ResourceReviews reviews() {
        return InTransactions.each(ResourceReviews.class, reviews);
    }
}
