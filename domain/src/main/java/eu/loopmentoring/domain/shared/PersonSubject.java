package eu.loopmentoring.domain.shared;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A person, with the platform roles they hold right now. */
public record PersonSubject(UUID id, Set<PlatformRole> platformRoles) implements Subject {

    public PersonSubject {
        Objects.requireNonNull(id, "id");
        platformRoles = Enums.orderedSet(PlatformRole.class, platformRoles);
    }

    public boolean isAdministrator() {
        return platformRoles.contains(PlatformRole.ADMINISTRATOR);
    }

    public boolean isModerator() {
        return platformRoles.contains(PlatformRole.MODERATOR);
    }
}
