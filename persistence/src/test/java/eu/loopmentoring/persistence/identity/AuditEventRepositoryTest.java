package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.contracts.AuditLogContract;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class AuditEventRepositoryTest extends AuditLogContract {

    @Inject
    AuditEventRepository audit;

    @Override
    protected AuditLog audit() {
        return InTransactions.each(AuditLog.class, audit);
    }
}
