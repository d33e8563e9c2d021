package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.contracts.MentoringTasksContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.MentoringTasks;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class MentoringTaskRepositoryTest extends MentoringTasksContract {

    @Inject
    PersonRepository people;

    @Inject
    MentoringRelationshipRepository relationships;

    @Inject
    MentoringTaskRepository tasks;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected MentoringRelationships relationships() {
        return InTransactions.each(MentoringRelationships.class, relationships);
    }

    @Override
    protected MentoringTasks tasks() {
        return InTransactions.each(MentoringTasks.class, tasks);
    }
}
