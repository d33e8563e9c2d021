package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.contracts.QuestionnaireResponsesContract;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryQuestionnaireResponses;
import eu.loopmentoring.domain.fakes.InMemoryQuestionnaires;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.questionnaire.Questionnaires;

class InMemoryQuestionnaireResponsesTest extends QuestionnaireResponsesContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryQuestionnaires questionnaires = new InMemoryQuestionnaires();
    private final InMemoryQuestionnaireResponses responses = new InMemoryQuestionnaireResponses();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Questionnaires questionnaires() {
        return questionnaires;
    }

    @Override
    protected QuestionnaireResponses responses() {
        return responses;
    }
}
