package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.contracts.ModeratorsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.Moderators;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ModeratorRepositoryTest extends ModeratorsContract {

    @Inject
    PersonRepository people;

    @Inject
    ModeratorRepository moderators;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected Moderators moderators() {
        return InTransactions.each(Moderators.class, moderators);
    }
}
