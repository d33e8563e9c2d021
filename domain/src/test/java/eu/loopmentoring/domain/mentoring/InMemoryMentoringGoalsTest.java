package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.MentoringGoalsContract;
import eu.loopmentoring.domain.fakes.InMemoryMentoringGoals;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRelationships;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryMentoringGoalsTest extends MentoringGoalsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryMentoringRelationships relationships = new InMemoryMentoringRelationships();
    private final InMemoryMentoringGoals goals = new InMemoryMentoringGoals();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected MentoringRelationships relationships() {
        return relationships;
    }

    @Override
    protected MentoringGoals goals() {
        return goals;
    }
}
