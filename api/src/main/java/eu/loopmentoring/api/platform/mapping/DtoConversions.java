package eu.loopmentoring.api.platform.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How DTO mappers write the domain's instants and optionals on the wire: timestamps in UTC, an
 * absent value as an absent property ({@code @Mapper(uses = DtoConversions.class)}); and, for
 * hand-written mappers, an enumeration into its namesake on the other side.
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

    /** The constant of {@code type} with the same name: the contract and the domain name their enumerations alike. */
    public static <T extends Enum<T>> T convert(Enum<?> value, Class<T> type) {
        return Enum.valueOf(type, value.name());
    }

    public static <T extends Enum<T>> List<T> convert(Collection<? extends Enum<?>> values, Class<T> type) {
        return values == null
                ? List.of()
                : values.stream().map(v -> convert(v, type)).toList();
    }

    public static <T extends Enum<T>> Set<T> convertSet(Collection<? extends Enum<?>> values, Class<T> type) {
        return values == null
                ? Set.of()
                : values.stream().map(v -> convert(v, type)).collect(Collectors.toSet());
    }
}
