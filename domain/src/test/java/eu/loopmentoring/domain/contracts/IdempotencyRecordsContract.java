package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.shared.IdempotencyRecords;
import eu.loopmentoring.domain.shared.IdempotencyRecords.Recorded;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What any {@link IdempotencyRecords} must do. */
public abstract class IdempotencyRecordsContract {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");

    protected abstract IdempotencyRecords records();

    @Test
    void theFirstRequestClaimsTheKeyAndARepeatSeesItUnansweredThenAnswered() {
        String caller = PortContract.unique("caller-");

        assertThat(records().claim(caller, "key-1", "createOffer", "hash-a", T0, DAY))
                .isEmpty();
        assertThat(records().claim(caller, "key-1", "createOffer", "hash-b", T0.plusSeconds(1), DAY))
                .contains(new Recorded("createOffer", "hash-a", 0, null, null));

        records().complete(caller, "key-1", 201, "{\"id\":1}", "/api/v1/things/1");

        assertThat(records().claim(caller, "key-1", "other", "hash-c", T0.plusSeconds(2), DAY))
                .contains(new Recorded("createOffer", "hash-a", 201, "{\"id\":1}", "/api/v1/things/1"));
    }

    @Test
    void keysBelongToTheirCaller() {
        String one = PortContract.unique("caller-");
        String other = PortContract.unique("caller-");
        records().claim(one, "shared", "op", "hash", T0, DAY);

        assertThat(records().claim(other, "shared", "op", "hash", T0, DAY)).isEmpty();
        records().complete(other, "shared", 204, null, null);
        assertThat(records().claim(one, "shared", "op", "hash", T0, DAY))
                .contains(new Recorded("op", "hash", 0, null, null));
    }

    @Test
    void aRecordOlderThanTheRetentionIsForgottenAndTheKeyClaimedAnew() {
        String caller = PortContract.unique("caller-");
        records().claim(caller, "old", "op", "first", T0, DAY);
        records().complete(caller, "old", 200, "first answer", null);

        Instant later = T0.plus(DAY).plusSeconds(1);

        assertThat(records().claim(caller, "old", "op", "second", later, DAY)).isEmpty();
        assertThat(records().claim(caller, "old", "op", "third", later, DAY))
                .contains(new Recorded("op", "second", 0, null, null));
    }

    @Test
    void aPurgeForgetsOnlyTheExpiredRecords() {
        String caller = PortContract.unique("caller-");
        records().claim(caller, "expired", "op", "hash", T0, DAY);
        records().claim(caller, "kept", "op", "hash", T0.plus(Duration.ofHours(12)), DAY);

        int purged = records().purge(T0.plus(Duration.ofHours(25)), DAY);

        assertThat(purged).isGreaterThanOrEqualTo(1);
        Instant now = T0.plus(Duration.ofHours(25));
        assertThat(records().claim(caller, "kept", "op", "again", now, DAY)).isPresent();
        assertThat(records().claim(caller, "expired", "op", "again", now, Duration.ofDays(365)))
                .as("gone even for a longer retention")
                .isEmpty();
    }
}
