package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.contracts.AuditLogContract;
import eu.loopmentoring.domain.fakes.InMemoryAudit;

class InMemoryAuditTest extends AuditLogContract {

    private final InMemoryAudit audit = new InMemoryAudit();

    @Override
    protected AuditLog audit() {
        return audit;
    }
}
