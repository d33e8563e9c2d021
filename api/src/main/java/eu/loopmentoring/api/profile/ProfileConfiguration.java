package eu.loopmentoring.api.profile;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.profile.Consents;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.profile.PersonRelations;
import eu.loopmentoring.domain.profile.Profiles;
import eu.loopmentoring.domain.profile.QuestionnaireAnswering;
import eu.loopmentoring.domain.profile.QuestionnaireResponses;
import eu.loopmentoring.domain.profile.SpecialCategoryConsent;
import eu.loopmentoring.domain.questionnaire.QuestionnaireCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the profiles capability's domain service to its adapters. */
@ApplicationScoped
public class ProfileConfiguration {

    @Produces
    @ApplicationScoped
    ParticipantProfiles participantProfiles(
            Profiles profiles,
            People people,
            PersonRelations relations,
            QuestionnaireAnswering answering,
            Clock clock) {
        return new ParticipantProfiles(profiles, people, relations, answering, clock);
    }

    @Produces
    @ApplicationScoped
    SpecialCategoryConsent specialCategoryConsent(Consents consents, QuestionnaireResponses responses, Clock clock) {
        return new SpecialCategoryConsent(consents, responses, clock);
    }

    @Produces
    @ApplicationScoped
    QuestionnaireAnswering questionnaireAnswering(
            QuestionnaireCatalog catalog,
            QuestionnaireResponses responses,
            SpecialCategoryConsent consent,
            Clock clock) {
        return new QuestionnaireAnswering(catalog, responses, consent, clock);
    }
}
