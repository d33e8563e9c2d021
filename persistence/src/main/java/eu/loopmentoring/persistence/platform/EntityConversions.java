package eu.loopmentoring.persistence.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How entity mappers turn the domain's optional values into nullable columns and back
 * ({@code @Mapper(uses = EntityConversions.class)}).
 */
@ApplicationScoped
public class EntityConversions {

    public Optional<String> text(String value) {
        return Optional.ofNullable(value);
    }

    public String text(Optional<String> value) {
        return value.orElse(null);
    }

    public Optional<Integer> number(Integer value) {
        return Optional.ofNullable(value);
    }

    public Integer number(Optional<Integer> value) {
        return value.orElse(null);
    }

    public Optional<UUID> uuid(UUID value) {
        return Optional.ofNullable(value);
    }

    public UUID uuid(Optional<UUID> value) {
        return value.orElse(null);
    }

    public Optional<Instant> instant(Instant value) {
        return Optional.ofNullable(value);
    }

    public Instant instant(Optional<Instant> value) {
        return value.orElse(null);
    }
}
