package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.identity.PasswordHasher;

/** "Hashes" by prefixing, so tests can see that nothing is stored in clear. */
public final class PrefixHasher implements PasswordHasher {
    public int calls;

    @Override
    public String hash(String password) {
        calls++;
        return "hashed:" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
        calls++;
        return hash.equals("hashed:" + password);
    }
}
