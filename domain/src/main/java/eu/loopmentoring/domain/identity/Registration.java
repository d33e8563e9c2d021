package eu.loopmentoring.domain.identity;

import java.util.Objects;

/** What a person gives to open an account. */
public record Registration(Email email, String password, String displayName, String country, String preferredLanguage) {

    public Registration {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        displayName = displayName.strip();
    }

    @Override
    public String toString() {
        return "Registration[" + email + "]"; // never the password
    }
}
