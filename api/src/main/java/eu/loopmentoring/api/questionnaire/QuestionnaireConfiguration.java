package eu.loopmentoring.api.questionnaire;

import eu.loopmentoring.domain.questionnaire.QuestionnaireCatalog;
import eu.loopmentoring.domain.questionnaire.Questionnaires;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the questionnaire capability's domain service to its adapter. */
@ApplicationScoped
public class QuestionnaireConfiguration {

    @Produces
    @ApplicationScoped
    QuestionnaireCatalog questionnaireCatalog(Questionnaires questionnaires, Clock clock) {
        return new QuestionnaireCatalog(questionnaires, clock);
    }
}
