package eu.loopmentoring.domain.profile;

import java.util.Optional;
import java.util.UUID;

/** Every saved profile, one per person. */
public interface Profiles {

    Optional<Profile> find(UUID personId);

    /**
     * Stores the profile if the stored one is still at {@code profile.version()} (version 0: none
     * is stored yet); returns it with its new version, or empty when someone saved in between.
     */
    Optional<Profile> save(Profile profile);
}
