package eu.loopmentoring.domain.privacy;

import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.identity.ExternalIdentities;
import eu.loopmentoring.domain.identity.ExternalIdentity;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.Subject;
import java.util.List;

/**
 * What the platform records about a person besides what they entered themselves, for their own
 * eyes only: the security events about or by them, and the external accounts linked to them.
 */
public class PersonalRecords {

    private final AuditLog audit;
    private final ExternalIdentities identities;

    public PersonalRecords(AuditLog audit, ExternalIdentities identities) {
        this.audit = audit;
        this.identities = identities;
    }

    /** Every security event the caller did or that concerns them, newest first. */
    public List<AuditEvent> securityEvents(Subject subject) {
        return audit.involving(Access.person(subject).id());
    }

    public List<ExternalIdentity> externalIdentities(Subject subject) {
        return identities.linkedTo(Access.person(subject).id());
    }
}
