package eu.loopmentoring.persistence.platform;

import eu.loopmentoring.domain.shared.IdempotencyRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IdempotencyRepository implements IdempotencyRecords {

    private final EntityManager entityManager;

    IdempotencyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Recorded> claim(
            String caller, String key, String operation, String requestHash, Instant now, Duration retention) {
        entityManager
                .createNativeQuery("delete from idempotency_record"
                        + " where caller = :caller and idempotency_key = :key and created_at < :expired")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("expired", now.minus(retention))
                .executeUpdate();
        // The unique (caller, key) index makes a concurrent duplicate wait here until the first
        // transaction ends; it then finds the first request's record and answer.
        int claimed = entityManager
                .createNativeQuery(
                        "insert into idempotency_record (id, caller, idempotency_key, operation, request_hash,"
                                + " created_at) values (:id, :caller, :key, :operation, :hash, :now)"
                                + " on conflict (caller, idempotency_key) do nothing")
                .setParameter("id", UUID.randomUUID())
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("operation", operation)
                .setParameter("hash", requestHash)
                .setParameter("now", now)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Tuple row = (Tuple) entityManager
                .createNativeQuery(
                        "select operation, request_hash, coalesce(response_status, 0) as response_status,"
                                + " response_body, response_location from idempotency_record"
                                + " where caller = :caller and idempotency_key = :key",
                        Tuple.class)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getSingleResult();
        return Optional.of(new Recorded(
                row.get("operation", String.class),
                row.get("request_hash", String.class),
                row.get("response_status", Number.class).intValue(),
                row.get("response_body", String.class),
                row.get("response_location", String.class)));
    }

    @Override
    public void complete(String caller, String key, int status, String body, String location) {
        entityManager
                .createNativeQuery("update idempotency_record set response_status = :status, response_body = :body,"
                        + " response_location = :location where caller = :caller and idempotency_key = :key")
                .setParameter("status", status)
                .setParameter("body", body)
                .setParameter("location", location)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate();
    }

    @Override
    public int purge(Instant now, Duration retention) {
        return entityManager
                .createNativeQuery("delete from idempotency_record where created_at < :expired")
                .setParameter("expired", now.minus(retention))
                .executeUpdate();
    }
}
