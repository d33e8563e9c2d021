package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.fakes.InMemoryConsents;
import eu.loopmentoring.domain.fakes.InMemoryQuestionnaireResponses;
import eu.loopmentoring.domain.fakes.InMemoryQuestionnaires;
import eu.loopmentoring.domain.questionnaire.QuestionnaireCatalog;
import java.time.Clock;

/** Questionnaire answering and consent over the shared in-memory adapters. */
public final class InMemoryAnswering {

    final InMemoryQuestionnaires questionnaires = new InMemoryQuestionnaires();
    public final InMemoryQuestionnaireResponses responses = new InMemoryQuestionnaireResponses();
    public final InMemoryConsents consents = new InMemoryConsents();
    final SpecialCategoryConsent consent;
    public final QuestionnaireAnswering answering;

    public InMemoryAnswering(Clock clock) {
        consent = new SpecialCategoryConsent(consents, responses, clock);
        answering =
                new QuestionnaireAnswering(new QuestionnaireCatalog(questionnaires, clock), responses, consent, clock);
    }
}
