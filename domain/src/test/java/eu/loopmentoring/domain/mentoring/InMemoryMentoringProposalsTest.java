package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.MentoringProposalsContract;
import eu.loopmentoring.domain.fakes.InMemoryMentorOffers;
import eu.loopmentoring.domain.fakes.InMemoryMentoringProposals;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRequests;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryMentoringProposalsTest extends MentoringProposalsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryMentorOffers offers = new InMemoryMentorOffers(offerId -> 0);
    private final InMemoryMentoringRequests requests = new InMemoryMentoringRequests();
    private final InMemoryMentoringProposals proposals = new InMemoryMentoringProposals();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected MentoringProposals proposals() {
        return proposals;
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
