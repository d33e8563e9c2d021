package eu.loopmentoring.domain.identity;

/** A list of passwords attackers try first (from breaches and dictionaries). */
@FunctionalInterface
public interface CommonPasswords {

    /** No list: only the length and email rules apply. */
    CommonPasswords NONE = password -> false;

    /** True when the password, ignoring letter case, is on the list. */
    boolean contains(String password);
}
