package eu.loopmentoring.persistence.platform;

import eu.loopmentoring.domain.shared.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

@ApplicationScoped
public class SecretRepository implements Secrets {

    private final EntityManager entityManager;

    SecretRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] obtain(String name, Supplier<byte[]> generator) {
        entityManager
                .createNativeQuery(
                        "insert into platform_secret (name, value) values (:name, :value) on conflict (name) do nothing")
                .setParameter("name", name)
                .setParameter("value", generator.get())
                .executeUpdate();
        return (byte[]) entityManager
                .createNativeQuery("select value from platform_secret where name = :name")
                .setParameter("name", name)
                .getSingleResult();
    }
}
