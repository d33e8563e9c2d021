package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.MentoringRelationshipsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.persistence.coalition.CoalitionRepository;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class MentoringRelationshipRepositoryTest extends MentoringRelationshipsContract {

    @Inject
    PersonRepository people;

    @Inject
    MentoringRelationshipRepository relationships;

    @Inject
    MentorOfferRepository offers;

    @Inject
    CoalitionRepository coalitions;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected MentoringRelationships relationships() {
        return InTransactions.each(MentoringRelationships.class, relationships);
    }

    @Override
    protected MentorOffers offers() {
        return InTransactions.each(MentorOffers.class, offers);
    }

    @Override
    protected Coalitions coalitions() {
        return InTransactions.each(Coalitions.class, coalitions);
    }
}
