package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.contracts.ResourceReviewsContract;
import eu.loopmentoring.domain.fakes.InMemoryLearningResources;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryResourceReviews;
import eu.loopmentoring.domain.identity.People;

class InMemoryResourceReviewsTest extends ResourceReviewsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryLearningResources resources = new InMemoryLearningResources();
    private final InMemoryResourceReviews reviews = new InMemoryResourceReviews(people);

    InMemoryResourceReviewsTest() {
        resources.reviews = reviews;
    }

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected LearningResources resources() {
        return resources;
    }

    @Override
    protected ResourceReviews reviews() {
        return reviews;
    }
}
