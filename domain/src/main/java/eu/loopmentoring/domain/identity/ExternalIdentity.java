package eu.loopmentoring.domain.identity;

import java.util.Objects;

/** An account at an external issuer (a Keycloak realm, say) linked to a person: its issuer and subject. */
public record ExternalIdentity(String issuer, String subject) {

    public ExternalIdentity {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
    }
}
