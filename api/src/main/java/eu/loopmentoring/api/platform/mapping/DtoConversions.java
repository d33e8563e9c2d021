package eu.loopmentoring.api.platform.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * How DTO mappers write the domain's instants and optionals on the wire: timestamps in UTC, an
 * absent value as an absent property ({@code @Mapper(uses = DtoConversions.class)}).
 */
@ApplicationScoped
public class DtoConversions {

    public OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public OffsetDateTime utc(Optional<Instant> instant) {
        return instant.map(this::utc).orElse(null);
    }

    public String text(Optional<String> value) {
        return value.orElse(null);
    }

    public Optional<String> text(String value) {
        return Optional.ofNullable(value);
    }

    public UUID uuid(Optional<UUID> value) {
        return value.orElse(null);
    }
}
