package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.contracts.ClosingFeedbacksContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.ClosingFeedbacks;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ClosingFeedbackRepositoryTest extends ClosingFeedbacksContract {

    @Inject
    PersonRepository people;

    @Inject
    MentoringRelationshipRepository relationships;

    @Inject
    ClosingFeedbackRepository feedbacks;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected MentoringRelationships relationships() {
        return InTransactions.each(MentoringRelationships.class, relationships);
    }

    @Override
    protected ClosingFeedbacks feedbacks() {
        return InTransactions.each(ClosingFeedbacks.class, feedbacks);
    }
}
