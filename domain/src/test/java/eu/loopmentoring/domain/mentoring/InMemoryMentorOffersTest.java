package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.MentorOffersContract;
import eu.loopmentoring.domain.fakes.InMemoryMentorOffers;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryMentorOffersTest extends MentorOffersContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryMentorOffers offers = new InMemoryMentorOffers(offerId -> 0);

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected MentorOffers offers() {
        return offers;
    }
}
