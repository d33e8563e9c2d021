package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.RefreshToken;
import eu.loopmentoring.persistence.shared.NullableColumns;
import org.mapstruct.Mapper;

/** Refresh tokens and audit events: records with optional parts on one side, nullable columns on the other. */
@Mapper(uses = NullableColumns.class)
public interface IdentityEntityMapper {

    RefreshToken toDomain(RefreshTokenEntity entity);

    RefreshTokenEntity toEntity(RefreshToken token);

    AuditEvent toDomain(AuditEventEntity entity);

    AuditEventEntity toEntity(AuditEvent event);
}
