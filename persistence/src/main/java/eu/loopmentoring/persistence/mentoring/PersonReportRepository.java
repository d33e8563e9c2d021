package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.PersonReport;
import eu.loopmentoring.domain.mentoring.PersonReports;
import eu.loopmentoring.domain.mentoring.ReportCategory;
import eu.loopmentoring.domain.mentoring.ReportOutcome;
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
            .asc("r.createdAt", e -> e.createdAt, Instant::parse)
            .asc("r.id", e -> e.id, UUID::fromString);

    @Override
    public void add(PersonReport report) {
        PersonReportEntity entity = new PersonReportEntity();
        copy(report, entity);
        persist(entity);
    }

    @Override
    public Optional<PersonReport> find(UUID id) {
        return findByIdOptional(id).map(PersonReportRepository::toDomain);
    }

    @Override
    public Optional<PersonReport> update(PersonReport report) {
        PersonReportEntity entity = findById(report.id());
        if (entity == null || entity.version != report.version()) {
            return Optional.empty();
        }
        copy(report, entity);
        flush();
        return Optional.of(toDomain(entity));
    }

    @Override
    public Page<PersonReport> list(boolean open, PageRequest page) {
        Conditions filters = Conditions.none().and(open ? "r.resolvedAt is null" : "r.resolvedAt is not null");
        return KeysetPages.page(this, "from PersonReportEntity r", filters, OLDEST, page)
                .map(PersonReportRepository::toDomain);
    }

    @Override
    public List<PersonReport> filedBy(UUID reporter) {
        return list("reporterId = ?1 order by createdAt desc, id desc", reporter).stream()
                .map(PersonReportRepository::toDomain)
                .toList();
    }

    private static PersonReport toDomain(PersonReportEntity e) {
        Optional<PersonReport.Resolution> resolution = Optional.ofNullable(e.resolvedAt)
                .map(at -> new PersonReport.Resolution(
                        Optional.ofNullable(e.resolvedBy), ReportOutcome.valueOf(e.outcome), e.resolutionNote, at));
        return new PersonReport(
                e.id,
                Optional.ofNullable(e.reporterId),
                e.reportedId,
                ReportCategory.valueOf(e.category),
                e.text,
                Optional.ofNullable(e.relationshipId),
                e.createdAt,
                resolution,
                e.version);
    }

    private static void copy(PersonReport r, PersonReportEntity e) {
        e.id = r.id();
        e.reporterId = r.reporterId().orElse(null);
        e.reportedId = r.reportedId();
        e.category = r.category().name();
        e.text = r.text();
        e.relationshipId = r.relationshipId().orElse(null);
        e.createdAt = r.createdAt();
        e.resolvedBy =
                r.resolution().flatMap(PersonReport.Resolution::moderatorId).orElse(null);
        e.outcome = r.resolution().map(x -> x.outcome().name()).orElse(null);
        e.resolutionNote = r.resolution().map(PersonReport.Resolution::note).orElse(null);
        e.resolvedAt = r.resolution().map(PersonReport.Resolution::resolvedAt).orElse(null);
    }
}
