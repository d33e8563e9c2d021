package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.MentoringTasksContract;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRelationships;
import eu.loopmentoring.domain.fakes.InMemoryMentoringTasks;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryMentoringTasksTest extends MentoringTasksContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryMentoringRelationships relationships = new InMemoryMentoringRelationships();
    private final InMemoryMentoringTasks tasks = new InMemoryMentoringTasks();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected MentoringRelationships relationships() {
        return relationships;
    }

    @Override
    protected MentoringTasks tasks() {
        return tasks;
    }
}
