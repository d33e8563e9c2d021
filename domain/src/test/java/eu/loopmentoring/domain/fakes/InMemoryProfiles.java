package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.Profiles;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryProfiles implements Profiles {
    public final Map<UUID, Profile> stored = new ConcurrentHashMap<>();

    @Override
    public Optional<Profile> find(UUID personId) {
        return Optional.ofNullable(stored.get(personId));
    }

    @Override
    public synchronized Optional<Profile> save(Profile profile) {
        long current = find(profile.personId()).map(Profile::version).orElse(0L);
        if (current != profile.version()) {
            return Optional.empty();
        }
        Profile saved = new Profile(
                profile.personId(),
                profile.background(),
                profile.languages(),
                profile.interests(),
                profile.ownTrainingNeeds(),
                profile.availability(),
                profile.bio(),
                profile.mentoringPreferences(),
                profile.visibility(),
                current + 1,
                profile.updatedAt());
        stored.put(profile.personId(), saved);
        return Optional.of(saved);
    }

    /** Erasure: the profile goes with the account. */
    public void forget(UUID personId) {
        stored.remove(personId);
    }
}
