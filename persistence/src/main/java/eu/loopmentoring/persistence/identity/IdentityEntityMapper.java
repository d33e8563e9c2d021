package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.RefreshToken;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Mapper;

/** Refresh tokens and audit events: records with optional parts on one side, nullable columns on the other. */
@Mapper
public interface IdentityEntityMapper {

    RefreshToken toDomain(RefreshTokenEntity entity);

    RefreshTokenEntity toEntity(RefreshToken token);

    AuditEvent toDomain(AuditEventEntity entity);

    AuditEventEntity toEntity(AuditEvent event);

    default Optional<Instant> instant(Instant value) {
        return Optional.ofNullable(value);
    }

    default Instant instant(Optional<Instant> value) {
        return value.orElse(null);
    }

    default Optional<UUID> uuid(UUID value) {
        return Optional.ofNullable(value);
    }

    default UUID uuid(Optional<UUID> value) {
        return value.orElse(null);
    }

    default Optional<String> text(String value) {
        return Optional.ofNullable(value);
    }

    default String text(Optional<String> value) {
        return value.orElse(null);
    }
}
