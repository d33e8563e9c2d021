package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.shared.Secrets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What any {@link Secrets} must do. */
public abstract class SecretsContract extends PortContract {

    protected abstract Secrets secrets();

    @Override
    protected People people() {
        throw new UnsupportedOperationException("secrets belong to nobody");
    }

    private static byte[] filled(int value) {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) value);
        return secret;
    }

    @Test
    void theFirstGeneratedValueIsTheSecretForEveryLaterCall() {
        String name = unique("cursor-key-");
        AtomicInteger generated = new AtomicInteger();

        byte[] first = secrets().obtain(name, () -> filled(generated.incrementAndGet()));
        byte[] second = secrets().obtain(name, () -> filled(generated.incrementAndGet()));

        assertThat(first).isEqualTo(filled(1));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void eachNameHasItsOwnSecret() {
        byte[] one = secrets().obtain(unique("one-"), () -> filled(1));
        byte[] two = secrets().obtain(unique("two-"), () -> filled(2));

        assertThat(one).isEqualTo(filled(1));
        assertThat(two).isEqualTo(filled(2));
    }
}
