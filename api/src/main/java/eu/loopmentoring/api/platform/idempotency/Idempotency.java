package eu.loopmentoring.api.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.platform.problem.ProblemException;
import eu.loopmentoring.api.platform.problem.ProblemType;
import eu.loopmentoring.domain.shared.IdempotencyRecords;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Idempotency-Key for creating POSTs. Call it inside the operation's transaction: the key is
 * claimed, the effect happens and its answer is stored in that one transaction. A replay gets the
 * stored answer; the same key with another body is a 422; a concurrent duplicate waits for the
 * first and then gets its answer, so nothing is ever created twice.
 */
@ApplicationScoped
public class Idempotency {

    public static final String REPLAYED = "Idempotent-Replayed";
    static final Duration RETENTION = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private final IdempotencyRecords records;
    private final ObjectMapper json;
    private final Clock clock;

    Idempotency(IdempotencyRecords records, ObjectMapper json, Clock clock) {
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code effect} once per {@code caller} and {@code key}.
     *
     * @param caller whose key space this is: a person's or client's id, or "anonymous"
     * @param operation the operation, so one key cannot be replayed against another operation
     * @param request the request body, whose fingerprint a replay must match
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response once(String key, String caller, String operation, Object request, Supplier<Response> effect) {
        if (key == null) {
            return effect.get();
        }
        String fingerprint = fingerprint(operation, request);
        Optional<IdempotencyRecords.Recorded> earlier =
                records.claim(caller, key, operation, fingerprint, clock.instant(), RETENTION);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        Response response = effect.get();
        records.complete(caller, key, response.getStatus(), serialize(response.getEntity()), location(response));
        return response;
    }

    private Response replay(IdempotencyRecords.Recorded earlier, String fingerprint) {
        if (!earlier.requestHash().equals(fingerprint)) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request. Use a new key for a new request.");
        }
        if (earlier.status() == 0) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "A request with this Idempotency-Key is still in progress; retry shortly.");
        }
        Response.ResponseBuilder builder = Response.status(earlier.status()).header(REPLAYED, "true");
        if (earlier.body() != null) {
            builder.entity(earlier.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (earlier.location() != null) {
            builder.location(URI.create(earlier.location()));
        }
        return builder.build();
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private String serialize(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the response", e);
        }
    }

    private static String location(Response response) {
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        return location == null && response.getLocation() != null
                ? response.getLocation().toString()
                : location;
    }

    /** Forgets old keys; harmless when several instances do it at once. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        int purged = records.purge(clock.instant(), RETENTION);
        if (purged > 0) {
            LOG.debugf("Forgot %d idempotency keys older than %s", purged, RETENTION);
        }
    }
}
