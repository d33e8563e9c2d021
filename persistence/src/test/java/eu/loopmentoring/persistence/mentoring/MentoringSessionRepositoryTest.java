package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.contracts.MentoringSessionsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.MentoringSessions;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class MentoringSessionRepositoryTest extends MentoringSessionsContract {

    @Inject
    PersonRepository people;

    @Inject
    MentoringRelationshipRepository relationships;

    @Inject
    MentoringSessionRepository sessions;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected MentoringRelationships relationships() {
        return InTransactions.each(MentoringRelationships.class, relationships);
    }

    @Override
    protected MentoringSessions sessions() {
        return InTransactions.each(MentoringSessions.class, sessions);
    }
}
