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
            .asc("r.createdAt", PersonReportEntity::getCreatedAt, Instant::parse)
            .asc("r.id", PersonReportEntity::getId, UUID::fromString);

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
        if (entity == null || entity.getVersion() != report.version()) {
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
        Optional<PersonReport.Resolution> resolution = Optional.ofNullable(e.getResolvedAt())
                .map(at -> new PersonReport.Resolution(
                        Optional.ofNullable(e.getResolvedBy()),
                        ReportOutcome.valueOf(e.getOutcome()),
                        e.getResolutionNote(),
                        at));
        return new PersonReport(
                e.getId(),
                Optional.ofNullable(e.getReporterId()),
                e.getReportedId(),
                ReportCategory.valueOf(e.getCategory()),
                e.getText(),
                Optional.ofNullable(e.getRelationshipId()),
                e.getCreatedAt(),
                resolution,
                e.getVersion());
    }

    private static void copy(PersonReport r, PersonReportEntity e) {
        e.setId(r.id());
        e.setReporterId(r.reporterId().orElse(null));
        e.setReportedId(r.reportedId());
        e.setCategory(r.category().name());
        e.setText(r.text());
        e.setRelationshipId(r.relationshipId().orElse(null));
        e.setCreatedAt(r.createdAt());
        e.setResolvedBy(
                r.resolution().flatMap(PersonReport.Resolution::moderatorId).orElse(null));
        e.setOutcome(r.resolution().map(x -> x.outcome().name()).orElse(null));
        e.setResolutionNote(r.resolution().map(PersonReport.Resolution::note).orElse(null));
        e.setResolvedAt(r.resolution().map(PersonReport.Resolution::resolvedAt).orElse(null));
    }
}
