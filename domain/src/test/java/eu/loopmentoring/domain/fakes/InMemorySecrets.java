package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.shared.Secrets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

public final class InMemorySecrets implements Secrets {
    private final Map<String, byte[]> byName = new ConcurrentHashMap<>();

    @Override
    public byte[] obtain(String name, Supplier<byte[]> generator) {
        return byName.computeIfAbsent(name, n -> generator.get()).clone();
    }
}
