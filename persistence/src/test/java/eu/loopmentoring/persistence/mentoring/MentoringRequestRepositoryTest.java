package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.contracts.MentoringRequestsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.MentoringRequests;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class MentoringRequestRepositoryTest extends MentoringRequestsContract {

    @Inject
    PersonRepository people;

    @Inject
    MentorOfferRepository offers;

    @Inject
    MentoringRequestRepository requests;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected MentorOffers offers() {
        return InTransactions.each(MentorOffers.class, offers);
    }

    @Override
    protected MentoringRequests requests() {
        return InTransactions.each(MentoringRequests.class, requests);
    }
}
