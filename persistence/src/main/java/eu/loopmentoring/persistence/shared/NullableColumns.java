package eu.loopmentoring.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * How entity mappers turn nullable columns into the domain's optionals and back
 * ({@code @Mapper(uses = NullableColumns.class)}).
 */
@ApplicationScoped
public class NullableColumns {

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

    public Optional<LocalDate> date(LocalDate value) {
        return Optional.ofNullable(value);
    }

    public LocalDate date(Optional<LocalDate> value) {
        return value.orElse(null);
    }

    public Optional<Instant> instant(Instant value) {
        return Optional.ofNullable(value);
    }

    public Instant instant(Optional<Instant> value) {
        return value.orElse(null);
    }

    public Optional<UUID> uuid(UUID value) {
        return Optional.ofNullable(value);
    }

    public UUID uuid(Optional<UUID> value) {
        return value.orElse(null);
    }
}
