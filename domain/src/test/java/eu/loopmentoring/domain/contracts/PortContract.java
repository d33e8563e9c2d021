package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.coalition.Admission;
import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What every port contract shares. Implementations may keep data between tests (a database shared
 * by a whole module), so each test makes its own rows, with unique names, and looks only at them.
 */
public abstract class PortContract {

    /** Whole microseconds: what PostgreSQL keeps of an instant. */
    protected static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");

    /** The people port, for the rows that belong to someone. */
    protected abstract People people();

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new open coalition, not stored yet, for the rows that belong to one. */
    protected static Coalition aProgramme() {
        String name = unique("Programme ");
        return new Coalition(
                UUID.randomUUID(), name, "About " + name, Set.of(), Admission.OPEN, Optional.empty(), T0, 0, 0);
    }

    protected Person aPerson(String displayName) {
        UUID id = UUID.randomUUID();
        Person person = new Person(
                id, new Email("p-" + id + "@contract.example.org"), "hash", displayName, "PT", "pt", Set.of(), T0, 0);
        assertThat(people().add(person)).isTrue();
        return people().find(id).orElseThrow();
    }

    /**
     * Reads every page of a listing, {@code limit} at a time, checking that no page is larger and
     * that the last one says there is nothing after it.
     */
    protected static <T> List<T> allPages(int limit, Function<PageRequest, Page<T>> query) {
        List<T> all = new ArrayList<>();
        Page<T> page = query.apply(PageRequest.first(limit));
        for (int pages = 1; ; pages++) {
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            all.addAll(page.items());
            if (page.next().isEmpty()) {
                return all;
            }
            assertThat(page.items()).as("a page with a next cursor is full").hasSize(limit);
            assertThat(pages).as("pages never end").isLessThan(1000);
            page = query.apply(PageRequest.after(limit, page.next().get()));
        }
    }
}
