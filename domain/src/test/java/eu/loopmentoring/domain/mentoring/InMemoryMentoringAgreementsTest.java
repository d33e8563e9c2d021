package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.MentoringAgreementsContract;
import eu.loopmentoring.domain.fakes.InMemoryMentoringAgreements;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRelationships;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryMentoringAgreementsTest extends MentoringAgreementsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryMentoringRelationships relationships = new InMemoryMentoringRelationships();
    private final InMemoryMentoringAgreements agreements = new InMemoryMentoringAgreements();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected MentoringRelationships relationships() {
        return relationships;
    }

    @Override
    protected MentoringAgreements agreements() {
        return agreements;
    }
}
