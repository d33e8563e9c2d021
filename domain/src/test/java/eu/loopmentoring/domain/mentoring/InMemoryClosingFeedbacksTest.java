package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.ClosingFeedbacksContract;
import eu.loopmentoring.domain.fakes.InMemoryClosingFeedbacks;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRelationships;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryClosingFeedbacksTest extends ClosingFeedbacksContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryMentoringRelationships relationships = new InMemoryMentoringRelationships();
    private final InMemoryClosingFeedbacks feedbacks = new InMemoryClosingFeedbacks();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected MentoringRelationships relationships() {
        return relationships;
    }

    @Override
    protected ClosingFeedbacks feedbacks() {
        return feedbacks;
    }
}
