package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.contracts.RecommendationCandidatesContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.ResourceReviews;
import eu.loopmentoring.domain.resource.recommendation.RecommendationCandidates;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class RecommendationCandidateRepositoryTest extends RecommendationCandidatesContract {

    @Inject
    PersonRepository people;

    @Inject
    LearningResourceRepository resources;

    @Inject
    ResourceReviewRepository reviews;

    @Inject
    RecommendationCandidateRepository candidates;

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

    @Override
    protected RecommendationCandidates candidates() {
        return InTransactions.each(RecommendationCandidates.class, candidates);
    }
}
