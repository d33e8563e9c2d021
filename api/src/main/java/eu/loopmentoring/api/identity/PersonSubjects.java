package eu.loopmentoring.api.identity;

import eu.loopmentoring.api.platform.security.AccessTokens;
import eu.loopmentoring.api.platform.security.SubjectResolver;
import eu.loopmentoring.api.platform.security.VerifiedToken;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.identity.RefreshTokens;
import eu.loopmentoring.domain.shared.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * People behind access tokens, read afresh on every request: a token stops working as soon as its
 * person is gone or its login is revoked (refresh-token reuse, {@code POST /auth/revoke}). Both are
 * read from the database, so this holds on every instance at once.
 */
@ApplicationScoped
public class PersonSubjects implements SubjectResolver {

    private final People people;
    private final RefreshTokens logins;

    PersonSubjects(People people, RefreshTokens logins) {
        this.people = people;
        this.logins = logins;
    }

    @Override
    public String kind() {
        return AccessTokens.PERSON;
    }

    @Override
    public Optional<Subject> resolve(VerifiedToken token) {
        if (token.loginId().filter(logins::loginActive).isEmpty()) {
            return Optional.empty();
        }
        return token.subjectId().flatMap(people::find).map(Person::asSubject);
    }
}
