package eu.loopmentoring.domain.questionnaire;

import eu.loopmentoring.domain.contracts.QuestionnairesContract;
import eu.loopmentoring.domain.fakes.InMemoryQuestionnaires;

class InMemoryQuestionnairesTest extends QuestionnairesContract {

    private final InMemoryQuestionnaires questionnaires = new InMemoryQuestionnaires();

    @Override
    protected Questionnaires questionnaires() {
        return questionnaires;
    }
}
