package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;

/** The security audit log; newest first. */
public interface AuditLog {

    void record(AuditEvent event);

    Page<AuditEvent> list(AuditFilter filter, PageRequest page);
}
