package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/**
 * SELECT ... FOR UPDATE that also reloads the row: an entity read earlier in the same transaction
 * would otherwise keep the state it had before another transaction's commit.
 */
final class RowLocks {

    private RowLocks() {}

    static <E> Optional<E> lock(EntityManager entityManager, Class<E> type, UUID id) {
        E entity = entityManager.find(type, id);
        if (entity == null) {
            return Optional.empty();
        }
        entityManager.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(entity);
    }
}
