package eu.loopmentoring.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Rows whose version a repository compares by hand with the version a change was made from. */
public final class RowVersions {

    private RowVersions() {}

    /**
     * The row as it is now, locked until the transaction ends, or null if there is none. A find
     * with a lock mode does not do this: it hands back the copy this transaction read earlier, only
     * locking the row, so two changes from the same version would both pass their comparison.
     */
    public static <E> E lockedCurrent(EntityManager em, Class<E> type, Object id) {
        E entity = em.find(type, id);
        if (entity != null) {
            em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        }
        return entity;
    }
}
