package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.util.Locale;

/** What a password must be: long enough (12 characters or more) and not the email itself. */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    private PasswordPolicy() {}

    public static void check(String password, Email email) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw InvalidInputException.of("password", "must have at least " + MINIMUM_LENGTH + " characters");
        }
        if (password.trim().toLowerCase(Locale.ROOT).equals(email.value())) {
            throw InvalidInputException.of("password", "must not be the email address");
        }
    }
}
