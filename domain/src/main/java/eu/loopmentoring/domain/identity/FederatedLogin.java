package eu.loopmentoring.domain.identity;

import java.util.Objects;
import java.util.Optional;

/** What an external issuer's token tells about a person. */
public record FederatedLogin(
        String issuer, String subject, Optional<Email> verifiedEmail, Optional<String> name, Optional<String> locale) {

    public FederatedLogin {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(verifiedEmail, "verifiedEmail");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
    }

    /** "pt-PT" gives pt and PT; anything else falls back to English and the EU. */
    String language() {
        return locale.map(l -> l.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT))
                .filter(l -> l.matches("[a-z]{2}"))
                .orElse("en");
    }

    String country() {
        return locale.map(l -> l.split("[-_]"))
                .filter(parts -> parts.length > 1)
                .map(parts -> parts[1].toUpperCase(java.util.Locale.ROOT))
                .filter(c -> c.matches("[A-Z]{2}"))
                .orElse("EU");
    }
}
