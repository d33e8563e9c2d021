package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.UUID;

/** The security audit log; newest first. */
public interface AuditLog {

    void record(AuditEvent event);

    Page<AuditEvent> list(AuditFilter filter, PageRequest page);

    /** Every event the person did (actor) or that concerns them (subject), newest first. */
    List<AuditEvent> involving(UUID personId);
}
