package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.shared.Enums;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.PlatformRole;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** An account holder. The password is only ever held as a hash. */
public record Person(
        UUID id,
        Email email,
        String passwordHash,
        String displayName,
        String country,
        String preferredLanguage,
        Set<PlatformRole> platformRoles,
        Instant createdAt,
        long version) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        Objects.requireNonNull(createdAt, "createdAt");
        platformRoles = Enums.orderedSet(PlatformRole.class, platformRoles);
    }

    public Person withPlatformRoles(Set<PlatformRole> roles) {
        return new Person(id, email, passwordHash, displayName, country, preferredLanguage, roles, createdAt, version);
    }

    public PersonSubject asSubject() {
        return new PersonSubject(id, platformRoles);
    }
}
