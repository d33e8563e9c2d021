package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.MentoringSessionsContract;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRelationships;
import eu.loopmentoring.domain.fakes.InMemoryMentoringSessions;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryMentoringSessionsTest extends MentoringSessionsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryMentoringRelationships relationships = new InMemoryMentoringRelationships();
    private final InMemoryMentoringSessions sessions = new InMemoryMentoringSessions();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected MentoringRelationships relationships() {
        return relationships;
    }

    @Override
    protected MentoringSessions sessions() {
        return sessions;
    }
}
