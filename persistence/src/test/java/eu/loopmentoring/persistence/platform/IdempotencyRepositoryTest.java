package eu.loopmentoring.persistence.platform;

import eu.loopmentoring.domain.contracts.IdempotencyRecordsContract;
import eu.loopmentoring.domain.shared.IdempotencyRecords;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class IdempotencyRepositoryTest extends IdempotencyRecordsContract {

    @Inject
    IdempotencyRepository records;

    @Override
    protected IdempotencyRecords records() {
        return InTransactions.each(IdempotencyRecords.class, records);
    }
}
