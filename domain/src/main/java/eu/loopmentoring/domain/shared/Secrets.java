package eu.loopmentoring.domain.shared;

import java.util.function.Supplier;

/** Secrets that every instance of the service must share, kept in the database. */
public interface Secrets {

    /**
     * The secret called {@code name}; created from {@code generator} by whichever instance asks
     * first, so that concurrent first calls still agree on one value.
     */
    byte[] obtain(String name, Supplier<byte[]> generator);
}
