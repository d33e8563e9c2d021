package eu.loopmentoring.api.profile;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.profile.PersonRelations;
import eu.loopmentoring.domain.profile.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the profiles capability's domain service to its adapters. */
@ApplicationScoped
public class ProfileConfiguration {

    @Produces
    @ApplicationScoped
    ParticipantProfiles participantProfiles(Profiles profiles, People people, PersonRelations relations, Clock clock) {
        return new ParticipantProfiles(profiles, people, relations, clock);
    }
}
