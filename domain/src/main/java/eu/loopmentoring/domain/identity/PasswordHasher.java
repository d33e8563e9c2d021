package eu.loopmentoring.domain.identity;

/** A memory-hard, salted password hash; the algorithm and its parameters live in the hash string. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
