package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.identity.LoginAttempts;
import eu.loopmentoring.domain.identity.ThrottlePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Counters in one row per key, updated by a single upsert so that concurrent failures on several
 * instances are all counted. Keys are stored hashed: an address or email is not kept in clear.
 */
@ApplicationScoped
public class LoginThrottleRepository implements LoginAttempts {

    private final EntityManager entityManager;

    LoginThrottleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "select locked_until from login_throttle where throttle_key = :key and locked_until > :now")
                .setParameter("key", hash(key))
                .setParameter("now", now)
                .getResultList();
        return rows.stream().findFirst().map(LoginThrottleRepository::instant);
    }

    @Override
    public void recordFailure(String key, Instant now, ThrottlePolicy policy) {
        entityManager
                .createNativeQuery(
                        "insert into login_throttle as t (throttle_key, failures, window_started_at, locked_until)"
                                + " values (:key, 1, :now, case when 1 >= :max then cast(:lockEnd as timestamptz) end)"
                                + " on conflict (throttle_key) do update set"
                                + "   failures = case when t.window_started_at < :windowStart then 1 else t.failures + 1 end,"
                                + "   window_started_at = case when t.window_started_at < :windowStart then :now"
                                + "                       else t.window_started_at end,"
                                + "   locked_until = case"
                                + "     when (case when t.window_started_at < :windowStart then 1 else t.failures + 1 end) >= :max"
                                + "     then cast(:lockEnd as timestamptz) else t.locked_until end")
                .setParameter("key", hash(key))
                .setParameter("now", now)
                .setParameter("max", policy.maxFailures())
                .setParameter("lockEnd", now.plus(policy.lockout()))
                .setParameter("windowStart", now.minus(policy.window()))
                .executeUpdate();
    }

    @Override
    public void clear(String key) {
        entityManager
                .createNativeQuery("delete from login_throttle where throttle_key = :key")
                .setParameter("key", hash(key))
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }

    private static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
