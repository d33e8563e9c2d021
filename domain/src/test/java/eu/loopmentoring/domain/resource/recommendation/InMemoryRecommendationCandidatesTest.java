package eu.loopmentoring.domain.resource.recommendation;

import eu.loopmentoring.domain.contracts.RecommendationCandidatesContract;
import eu.loopmentoring.domain.fakes.InMemoryLearningResources;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryRecommendationCandidates;
import eu.loopmentoring.domain.fakes.InMemoryResourceReviews;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.ResourceReviews;

class InMemoryRecommendationCandidatesTest extends RecommendationCandidatesContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryLearningResources resources = new InMemoryLearningResources();
    private final InMemoryResourceReviews reviews = new InMemoryResourceReviews(people);

    InMemoryRecommendationCandidatesTest() {
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

    @Override
    protected RecommendationCandidates candidates() {
        return new InMemoryRecommendationCandidates(resources);
    }
}
