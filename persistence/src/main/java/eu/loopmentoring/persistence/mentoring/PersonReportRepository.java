package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.PersonReport;
import eu.loopmentoring.domain.mentoring.PersonReports;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonReportRepository implements PersonReports, PanacheRepositoryBase<PersonReportEntity, UUID> {

    private static final KeysetOrder<PersonReportEntity> OLDEST = KeysetOrder.<PersonReportEntity>by()
            .asc("r.createdAt", PersonReportEntity::getCreatedAt, Instant::parse)
            .asc("r.id", PersonReportEntity::getId, UUID::fromString);

    private final SafetyEntityMapper mapper;

    PersonReportRepository(SafetyEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(PersonReport report) {
        PersonReportEntity entity = new PersonReportEntity();
        mapper.copy(report, entity);
        persist(entity);
    }

    @Override
    public Optional<PersonReport> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Optional<PersonReport> update(PersonReport report) {
        PersonReportEntity entity = findById(report.id());
        if (entity == null || entity.getVersion() != report.version()) {
            return Optional.empty();
        }
        mapper.copy(report, entity);
        flush();
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public Page<PersonReport> list(boolean open, PageRequest page) {
        Conditions filters = Conditions.none().and(open ? "r.resolvedAt is null" : "r.resolvedAt is not null");
        return KeysetPages.page(this, "from PersonReportEntity r", filters, OLDEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<PersonReport> filedBy(UUID reporter) {
        return list("reporterId = ?1 order by createdAt desc, id desc", reporter).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
