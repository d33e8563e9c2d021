package eu.loopmentoring.api.identity;

import eu.loopmentoring.api.platform.security.SubjectResolver;
import eu.loopmentoring.api.platform.security.VerifiedToken;
import eu.loopmentoring.domain.identity.Accounts;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.ExternalIdentities;
import eu.loopmentoring.domain.identity.FederatedLogin;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * People who log in at a configured external issuer (a Keycloak realm, say) instead of the
 * platform's own token endpoint: linked to a person by the token's subject, or on their first
 * visit by its verified email.
 */
@ApplicationScoped
public class ExternalPeople implements SubjectResolver {

    private final Accounts accounts;
    private final ExternalIdentities identities;

    ExternalPeople(Accounts accounts, ExternalIdentities identities) {
        this.accounts = accounts;
        this.identities = identities;
    }

    @Override
    public String kind() {
        return VerifiedToken.EXTERNAL;
    }

    /** Its own transaction: a first visit creates the person even when the request only reads. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Subject> resolve(VerifiedToken token) {
        Optional<Email> verified =
                token.emailVerified() ? token.email().flatMap(ExternalPeople::email) : Optional.empty();
        return accounts.federate(
                        new FederatedLogin(token.issuer(), token.subject(), verified, token.name(), token.locale()),
                        identities)
                .map(Person::asSubject);
    }

    private static Optional<Email> email(String value) {
        try {
            return Optional.of(new Email(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
