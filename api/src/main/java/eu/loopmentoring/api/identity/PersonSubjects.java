package eu.loopmentoring.api.identity;

import eu.loopmentoring.api.platform.security.AccessTokens;
import eu.loopmentoring.api.platform.security.SubjectResolver;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** People behind access tokens, read afresh on every request. */
@ApplicationScoped
public class PersonSubjects implements SubjectResolver {

    private final People people;

    PersonSubjects(People people) {
        this.people = people;
    }

    @Override
    public String kind() {
        return AccessTokens.PERSON;
    }

    @Override
    public Optional<Subject> resolve(UUID id, Set<String> tokenScopes) {
        return people.find(id).map(Person::asSubject);
    }
}
