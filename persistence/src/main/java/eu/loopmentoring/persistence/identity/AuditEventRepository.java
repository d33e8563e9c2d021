package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.AuditFilter;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditEventRepository implements AuditLog, PanacheRepositoryBase<AuditEventEntity, UUID> {

    private static final KeysetOrder<AuditEventEntity> NEWEST_FIRST = KeysetOrder.<AuditEventEntity>by()
            .desc("e.occurredAt", AuditEventEntity::getOccurredAt, Instant::parse)
            .desc("e.id", AuditEventEntity::getId, UUID::fromString);

    private final IdentityEntityMapper mapper;

    AuditEventRepository(IdentityEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void record(AuditEvent event) {
        persist(mapper.toEntity(event));
    }

    @Override
    public Page<AuditEvent> list(AuditFilter filter, PageRequest page) {
        Conditions filters = Conditions.none()
                .andIf(filter.type(), "e.type = :type", "type")
                .andIf(filter.subjectId(), "e.subjectId = :subject", "subject");
        return KeysetPages.page(this, "from AuditEventEntity e", filters, NEWEST_FIRST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<AuditEvent> involving(UUID personId) {
        return find("actorId = ?1 or subjectId = ?1 order by occurredAt desc, id desc", personId).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
