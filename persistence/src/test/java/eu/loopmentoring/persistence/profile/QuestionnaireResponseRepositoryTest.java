package eu.loopmentoring.persistence.profile;

import eu.loopmentoring.domain.contracts.QuestionnaireResponsesContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.profile.QuestionnaireResponses;
import eu.loopmentoring.domain.questionnaire.Questionnaires;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.questionnaire.QuestionnaireRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class QuestionnaireResponseRepositoryTest extends QuestionnaireResponsesContract {

    @Inject
    PersonRepository people;

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    QuestionnaireResponseRepository responses;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected Questionnaires questionnaires() {
        return InTransactions.each(Questionnaires.class, questionnaires);
    }

    @Override
    protected QuestionnaireResponses responses() {
        return InTransactions.each(QuestionnaireResponses.class, responses);
    }
}
