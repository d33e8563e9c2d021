package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PlatformRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link eu.loopmentoring.domain.identity.People} must do. */
public abstract class PeopleContract extends PortContract {

    private Person person(String email, PlatformRole... roles) {
        return new Person(UUID.randomUUID(), new Email(email), "hash", "Someone", "FI", "fi", Set.of(roles), T0, 0);
    }

    @Test
    void aPersonIsFoundByIdAndByEmail() {
        Person added = person(unique("find-") + "@example.org", PlatformRole.ADMINISTRATOR);

        assertThat(people().add(added)).isTrue();

        assertThat(people().find(added.id())).contains(added);
        assertThat(people().findByEmail(new Email(added.email().value().toUpperCase())))
                .contains(added);
        assertThat(people().find(UUID.randomUUID())).isEmpty();
        assertThat(people().findByEmail(new Email(unique("nobody-") + "@example.org")))
                .isEmpty();
        assertThat(people().anyAdministrator()).isTrue();
    }

    @Test
    void anEmailIsRegisteredOnce() {
        String email = unique("twice-") + "@example.org";
        Person first = person(email);
        people().add(first);

        Person second = person(email);

        assertThat(people().add(second)).isFalse();
        assertThat(people().find(second.id())).isEmpty();
        assertThat(people().findByEmail(new Email(email))).contains(first);
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndGivesANewOne() {
        Person person = person(unique("update-") + "@example.org");
        people().add(person);
        Person changed = new Person(
                person.id(),
                person.email(),
                "new hash",
                "New name",
                "SE",
                "sv",
                Set.of(PlatformRole.ADMINISTRATOR),
                person.createdAt(),
                person.version());

        Person stored = people().update(changed).orElseThrow();

        assertThat(stored.version()).isGreaterThan(person.version());
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(changed);
        assertThat(people().find(person.id())).contains(stored);
        assertThat(people().update(changed)).isEmpty();
        assertThat(people().find(person.id())).contains(stored);
    }

    @Test
    void theListIsOrderedByEmailInKeysetPagesNarrowedByAPrefixInAnyCase() {
        String prefix = unique("list-");
        List<Person> added = List.of("d", "a", "e", "c", "b").stream()
                .map(letter -> person(prefix + letter + "@example.org"))
                .toList();
        added.forEach(people()::add);
        people().add(person(unique("other-") + "@example.org"));

        List<Person> listed = allPages(2, page -> people().list(Optional.of(prefix.toUpperCase()), page));

        assertThat(listed)
                .extracting(p -> p.email().value())
                .containsExactly(
                        prefix + "a@example.org",
                        prefix + "b@example.org",
                        prefix + "c@example.org",
                        prefix + "d@example.org",
                        prefix + "e@example.org");
        assertThat(people().list(Optional.of(prefix), PageRequest.first(100)).items())
                .hasSize(5);
    }
}
