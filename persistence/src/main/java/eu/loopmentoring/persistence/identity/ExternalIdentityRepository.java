package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.identity.ExternalIdentities;
import eu.loopmentoring.domain.identity.ExternalIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ExternalIdentityRepository implements ExternalIdentities {

    private final EntityManager entityManager;

    ExternalIdentityRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<UUID> personFor(String issuer, String subject) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "select person_id from external_identity where issuer = :issuer and subject = :subject")
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .getResultList();
        return rows.stream().findFirst().map(UUID.class::cast);
    }

    @Override
    public void link(String issuer, String subject, UUID personId) {
        entityManager
                .createNativeQuery(
                        "insert into external_identity (issuer, subject, person_id) values (:issuer, :subject,"
                                + " :person) on conflict (issuer, subject) do nothing")
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .setParameter("person", personId)
                .executeUpdate();
    }

    @Override
    public List<ExternalIdentity> linkedTo(UUID personId) {
        List<?> rows = entityManager
                .createNativeQuery("select issuer, subject from external_identity where person_id = :person"
                        + " order by issuer, subject")
                .setParameter("person", personId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new ExternalIdentity((String) row[0], (String) row[1]))
                .toList();
    }
}
