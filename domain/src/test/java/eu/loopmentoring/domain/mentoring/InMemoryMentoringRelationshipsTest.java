package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.MentoringRelationshipsContract;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryMentorOffers;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRelationships;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryMentoringRelationshipsTest extends MentoringRelationshipsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryMentoringRelationships relationships = new InMemoryMentoringRelationships();
    private final InMemoryMentorOffers offers = new InMemoryMentorOffers(relationships::countRunning);
    private final InMemoryCoalitions coalitions = new InMemoryCoalitions(new InMemoryCoalitionMemberships());

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected MentoringRelationships relationships() {
        return relationships;
    }

    @Override
    protected MentorOffers offers() {
        return offers;
    }

    @Override
    protected Coalitions coalitions() {
        return coalitions;
    }
}
