package eu.loopmentoring.api.platform.demo;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import java.util.Optional;

/**
 * Fired inside the loading transaction once the demo people exist. A capability whose demo content
 * goes through its own api classes observes it in its own package (the resource bank's
 * {@code DemoResources}), so that the platform's demo depends on no capability's api classes.
 */
public record DemoPeople(People people) {

    /** The demo person called {@code name} ("ana.costa"), if they were loaded. */
    public Optional<Person> named(String name) {
        return people.findByEmail(DemoData.email(name));
    }
}
