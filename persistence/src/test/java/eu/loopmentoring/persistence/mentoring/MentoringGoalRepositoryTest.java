package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.contracts.MentoringGoalsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.MentoringGoals;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class MentoringGoalRepositoryTest extends MentoringGoalsContract {

    @Inject
    PersonRepository people;

    @Inject
    MentoringRelationshipRepository relationships;

    @Inject
    MentoringGoalRepository goals;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected MentoringRelationships relationships() {
        return InTransactions.each(MentoringRelationships.class, relationships);
    }

    @Override
    protected MentoringGoals goals() {
        return InTransactions.each(MentoringGoals.class, goals);
    }
}
