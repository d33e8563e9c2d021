package eu.loopmentoring.persistence.profile;

import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.Profiles;
import eu.loopmentoring.persistence.shared.Chunks;
import eu.loopmentoring.persistence.shared.RowVersions;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProfileRepository implements Profiles, PanacheRepositoryBase<ProfileEntity, UUID> {

    private final ProfileEntityMapper mapper;

    ProfileRepository(ProfileEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Profile> find(UUID personId) {
        return findByIdOptional(personId).map(mapper::toDomain);
    }

    @Override
    public Map<UUID, Profile> findAll(Collection<UUID> personIds) {
        Map<UUID, Profile> found = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(personIds)) {
            list("personId in ?1", chunk).forEach(e -> found.put(e.getPersonId(), mapper.toDomain(e)));
        }
        return found;
    }

    @Override
    public Optional<Profile> save(Profile profile) {
        if (profile.version() == 0) {
            return insert(profile);
        }
        ProfileEntity entity = RowVersions.lockedCurrent(getEntityManager(), ProfileEntity.class, profile.personId());
        if (entity == null || entity.getVersion() != profile.version()) {
            return Optional.empty();
        }
        mapper.copy(profile, entity);
        entity.setVersion(entity.getVersion() + 1);
        return Optional.of(mapper.toDomain(entity));
    }

    private Optional<Profile> insert(Profile profile) {
        // The first save of two concurrent ones inserts; the other finds the row and loses.
        int inserted = getEntityManager()
                .createNativeQuery("insert into profile (person_id, visibility, updated_at, version)"
                        + " values (:person, '{}'::jsonb, :now, 1) on conflict do nothing")
                .setParameter("person", profile.personId())
                .setParameter("now", profile.updatedAt().orElseThrow())
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        ProfileEntity entity = findById(profile.personId());
        mapper.copy(profile, entity);
        return Optional.of(mapper.toDomain(entity));
    }
}
