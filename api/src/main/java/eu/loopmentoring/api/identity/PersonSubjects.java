package eu.loopmentoring.api.identity;

import eu.loopmentoring.api.platform.security.AccessTokens;
import eu.loopmentoring.api.platform.security.SubjectResolver;
import eu.loopmentoring.api.platform.security.VerifiedToken;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

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
    public Optional<Subject> resolve(VerifiedToken token) {
        return token.subjectId().flatMap(people::find).map(Person::asSubject);
    }
}
