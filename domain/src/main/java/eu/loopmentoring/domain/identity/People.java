package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Everyone with an account. */
public interface People {

    Optional<Person> find(UUID id);

    Optional<Person> findByEmail(Email email);

    /** Adds a new person; false when the email is already registered (the check and insert are atomic). */
    boolean add(Person person);

    /**
     * Stores a changed person if its version is still {@code person.version()}; returns the stored
     * person with its new version, or empty when someone changed it in between.
     */
    Optional<Person> update(Person person);

    /** Ordered by email; {@code emailPrefix} narrows (case-insensitively) when present. */
    Page<Person> list(Optional<String> emailPrefix, PageRequest page);

    boolean anyAdministrator();
}
