package eu.loopmentoring.domain.shared;

import eu.loopmentoring.domain.contracts.IdempotencyRecordsContract;
import eu.loopmentoring.domain.fakes.InMemoryIdempotencyRecords;

class InMemoryIdempotencyRecordsTest extends IdempotencyRecordsContract {

    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();

    @Override
    protected IdempotencyRecords records() {
        return records;
    }
}
