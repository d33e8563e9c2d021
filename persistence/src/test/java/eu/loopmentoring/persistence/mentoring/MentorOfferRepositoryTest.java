package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.contracts.MentorOffersContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class MentorOfferRepositoryTest extends MentorOffersContract {

    @Inject
    PersonRepository people;

    @Inject
    MentorOfferRepository offers;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected MentorOffers offers() {
        return InTransactions.each(MentorOffers.class, offers);
    }
}
