package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.Moderators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Moderators are the people holding the platform role MODERATOR or ADMINISTRATOR. */
@ApplicationScoped
public class ModeratorRepository implements Moderators {

    private final EntityManager entityManager;

    ModeratorRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<UUID> ids() {
        return entityManager
                .createNativeQuery(
                        "select id from person where platform_roles && array['MODERATOR', 'ADMINISTRATOR'] order by id",
                        UUID.class)
                .getResultList()
                .stream()
                .map(UUID.class::cast)
                .toList();
    }
}
