package eu.loopmentoring.api.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import eu.loopmentoring.domain.identity.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Argon2id with the OWASP Password Storage Cheat Sheet's first recommendation: 19 MiB of memory,
 * 2 iterations, 1 lane. The parameters travel inside each hash, so they can be raised later
 * without breaking older hashes.
 */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    @Override
    public boolean matches(String password, String hash) {
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            return false; // not an Argon2 hash we wrote
        }
    }
}
