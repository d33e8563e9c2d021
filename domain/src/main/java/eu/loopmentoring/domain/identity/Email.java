package eu.loopmentoring.domain.identity;

import java.util.Locale;
import java.util.Objects;

/** An email address as an identity: trimmed and compared case-insensitively. */
public record Email(String value) {

    public Email {
        Objects.requireNonNull(value, "value");
        value = value.trim().toLowerCase(Locale.ROOT);
        int at = value.indexOf('@');
        if (at < 1 || at != value.lastIndexOf('@') || at == value.length() - 1 || value.length() > 254) {
            throw new IllegalArgumentException("not an email address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
