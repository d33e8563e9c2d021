package eu.loopmentoring.api.privacy;

import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.identity.ExternalIdentities;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.privacy.AccountErasure;
import eu.loopmentoring.domain.privacy.PersonalData;
import eu.loopmentoring.domain.privacy.PersonalRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the privacy capability's domain services (erasure, a person's own records) to their adapters. */
@ApplicationScoped
public class PrivacyConfiguration {

    @Produces
    @ApplicationScoped
    AccountErasure accountErasure(People people, PersonalData personalData, AuditLog audit, Clock clock) {
        return new AccountErasure(people, personalData, audit, clock);
    }

    @Produces
    @ApplicationScoped
    PersonalRecords personalRecords(AuditLog audit, ExternalIdentities identities) {
        return new PersonalRecords(audit, identities);
    }
}
