package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.resource.ResourceReport;
import eu.loopmentoring.domain.resource.ResourceReports;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ResourceReportRepository implements ResourceReports, PanacheRepositoryBase<ResourceReportEntity, UUID> {

    private final ResourceEntityMapper mapper;

    ResourceReportRepository(ResourceEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean add(ResourceReport report) {
        // The partial unique index (one open report per person and resource) decides a race.
        int inserted = getEntityManager()
                .createNativeQuery("insert into resource_report"
                        + " (id, resource_id, reporter_id, category, report_text, created_at)"
                        + " values (:id, :resource, :reporter, :category, :text, :at) on conflict do nothing")
                .setParameter("id", report.id())
                .setParameter("resource", report.resourceId())
                .setParameter("reporter", report.reporterId())
                .setParameter("category", report.category().name())
                .setParameter("text", report.text())
                .setParameter("at", report.createdAt())
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public Optional<ResourceReport> findLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(mapper::toDomain);
    }

    @Override
    public Map<UUID, ResourceReport> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream()
                .map(mapper::toDomain)
                .collect(Collectors.toMap(ResourceReport::id, Function.identity()));
    }

    @Override
    public void update(ResourceReport report) {
        mapper.copy(report, findById(report.id()));
        flush();
    }

    @Override
    public List<ResourceReport> by(UUID reporterId) {
        return list("reporterId", Sort.descending("createdAt", "id"), reporterId).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
