package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.util.Locale;

/**
 * What a password must be: long enough (12 characters or more), not the email itself, and not
 * one of the common passwords attackers try first.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    private PasswordPolicy() {}

    public static void check(String password, Email email, CommonPasswords common) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw InvalidInputException.of("password", "must have at least " + MINIMUM_LENGTH + " characters");
        }
        if (password.trim().toLowerCase(Locale.ROOT).equals(email.value())) {
            throw InvalidInputException.of("password", "must not be the email address");
        }
        if (common.contains(password)) {
            throw InvalidInputException.of(
                    "password",
                    "is one of the most common passwords, which attackers try first; choose another,"
                            + " for example a few unrelated words");
        }
    }
}
