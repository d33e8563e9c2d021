package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PlatformRole;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryPeople implements People {
    public final Map<UUID, Person> byId = new ConcurrentHashMap<>();

    /** A person with a random id and email, added and returned. */
    public Person register(String displayName, PlatformRole... roles) {
        UUID id = UUID.randomUUID();
        Person person = new Person(
                id,
                new Email(id + "@example.org"),
                "hashed",
                displayName,
                "PT",
                "pt",
                Set.of(roles),
                Instant.parse("2026-01-01T00:00:00Z"),
                0);
        add(person);
        return person;
    }

    @Override
    public Optional<Person> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Person> findByEmail(Email email) {
        return byId.values().stream().filter(p -> p.email().equals(email)).findFirst();
    }

    @Override
    public synchronized boolean add(Person person) {
        if (findByEmail(person.email()).isPresent()) {
            return false;
        }
        byId.put(person.id(), person);
        return true;
    }

    @Override
    public synchronized Optional<Person> update(Person person) {
        Person current = byId.get(person.id());
        if (current == null || current.version() != person.version()) {
            return Optional.empty();
        }
        Person stored = new Person(
                person.id(),
                person.email(),
                person.passwordHash(),
                person.displayName(),
                person.country(),
                person.preferredLanguage(),
                person.platformRoles(),
                person.createdAt(),
                person.version() + 1);
        byId.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public Page<Person> list(Optional<String> emailPrefix, PageRequest page) {
        return FakePages.byKey(
                byId.values().stream()
                        .filter(p -> emailPrefix
                                .map(x -> p.email().value().startsWith(x.trim().toLowerCase(Locale.ROOT)))
                                .orElse(true)),
                page,
                p -> List.of(p.email().value(), p.id().toString()));
    }

    @Override
    public boolean anyAdministrator() {
        return byId.values().stream().anyMatch(p -> p.platformRoles().contains(PlatformRole.ADMINISTRATOR));
    }
}
