package eu.loopmentoring.persistence.questionnaire;

import eu.loopmentoring.domain.contracts.QuestionnairesContract;
import eu.loopmentoring.domain.questionnaire.Questionnaires;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class QuestionnaireRepositoryTest extends QuestionnairesContract {

    @Inject
    QuestionnaireRepository questionnaires;

    @Override
    protected Questionnaires questionnaires() {
        return InTransactions.each(Questionnaires.class, questionnaires);
    }
}
