package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.MentoringRequestsContract;
import eu.loopmentoring.domain.fakes.InMemoryMentorOffers;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRequests;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryMentoringRequestsTest extends MentoringRequestsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryMentorOffers offers = new InMemoryMentorOffers(offerId -> 0);
    private final InMemoryMentoringRequests requests = new InMemoryMentoringRequests();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected MentoringRequests requests() {
        return requests;
    }

    @Override
    protected MentorOffers offers() {
        return offers;
    }
}
