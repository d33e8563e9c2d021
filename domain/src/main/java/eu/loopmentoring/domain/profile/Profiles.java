package eu.loopmentoring.domain.profile;

import java.util.Optional;
import java.util.UUID;

/** Every saved profile, one per person. */
public interface Profiles {

    Optional<Profile> find(UUID personId);

    /** The profiles of those of {@code personIds} who have one, for a batch (stores read them in bulk). */
    default java.util.Map<UUID, Profile> findAll(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, Profile> found = new java.util.HashMap<>();
        personIds.forEach(id -> find(id).ifPresent(p -> found.put(id, p)));
        return found;
    }

    /**
     * Stores the profile if the stored one is still at {@code profile.version()} (version 0: none
     * is stored yet); returns it with its new version, or empty when someone saved in between.
     */
    Optional<Profile> save(Profile profile);
}
