package eu.loopmentoring.persistence.learningpath;

import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.LearningPath;
import eu.loopmentoring.domain.learningpath.PathAssignment;
import eu.loopmentoring.domain.learningpath.PathAssignment.Community;
import eu.loopmentoring.domain.learningpath.PathAssignments;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import eu.loopmentoring.persistence.shared.RowVersions;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Programmes, and the members and enrollments of their communities. */
@ApplicationScoped
public class PathAssignmentRepository implements PathAssignments, PanacheRepositoryBase<PathAssignmentEntity, UUID> {

    private static final KeysetOrder<PathAssignmentEntity> NEWEST = KeysetOrder.<PathAssignmentEntity>by()
            .desc("a.createdAt", PathAssignmentEntity::getCreatedAt, Instant::parse)
            .asc("a.id", PathAssignmentEntity::getId, UUID::fromString);

    private final EnrollmentRepository enrollments;
    private final LearningPathRepository paths;
    private final LearningPathEntityMapper mapper;

    PathAssignmentRepository(
            EnrollmentRepository enrollments, LearningPathRepository paths, LearningPathEntityMapper mapper) {
        this.enrollments = enrollments;
        this.paths = paths;
        this.mapper = mapper;
    }

    @Override
    public void add(PathAssignment assignment) {
        PathAssignmentEntity entity = new PathAssignmentEntity();
        copy(assignment, entity);
        entity.setVersion(assignment.version());
        persist(entity);
    }

    @Override
    public Optional<PathAssignment> find(UUID id) {
        return findByIdOptional(id).map(PathAssignmentRepository::toDomain);
    }

    @Override
    public Optional<PathAssignment> update(PathAssignment assignment) {
        PathAssignmentEntity entity =
                RowVersions.lockedCurrent(getEntityManager(), PathAssignmentEntity.class, assignment.id());
        if (entity == null || entity.getVersion() != assignment.version()) {
            return Optional.empty();
        }
        copy(assignment, entity);
        entity.setVersion(assignment.version() + 1);
        flush();
        return Optional.of(toDomain(entity));
    }

    @Override
    public Optional<PathAssignment> running(UUID pathId, Community community) {
        return find(
                        "pathId = ?1 and endedAt is null and (coalitionId = ?2 or organizationId = ?2)",
                        pathId,
                        community.coalitionId().or(community::organizationId).orElseThrow())
                .firstResultOptional()
                .map(PathAssignmentRepository::toDomain);
    }

    @Override
    public Page<PathAssignment> runningFor(UUID personId, PageRequest page) {
        Conditions filters = Conditions.none()
                .and("a.endedAt is null")
                .and("(a.coalitionId in (select m.coalitionId from CoalitionMembershipEntity m"
                        + " where m.personId = :person and m.status = 'ACTIVE')"
                        + " or a.organizationId in (select o.organizationId from OrganizationMembershipEntity o"
                        + " where o.personId = :person and o.status = 'ACTIVE'))")
                .bind("person", personId);
        return KeysetPages.page(this, "from PathAssignmentEntity a", filters, NEWEST, page)
                .map(PathAssignmentRepository::toDomain);
    }

    @Override
    public List<PathAssignment> createdBy(UUID personId) {
        return list("createdBy = ?1 order by createdAt desc, id", personId).stream()
                .map(PathAssignmentRepository::toDomain)
                .toList();
    }

    @Override
    public List<UUID> activeMembers(Community community) {
        String sql = community.coalitionId().isPresent()
                ? "select person_id from coalition_membership where coalition_id = :id and status = 'ACTIVE'"
                : "select person_id from organization_membership where organization_id = :id and status = 'ACTIVE'";
        return getEntityManager()
                .createNativeQuery(sql, UUID.class)
                .setParameter(
                        "id",
                        community.coalitionId().or(community::organizationId).orElseThrow())
                .getResultList()
                .stream()
                .map(UUID.class::cast)
                .toList();
    }

    @Override
    public List<Enrollment> latestEnrollments(UUID pathId, Community community) {
        List<UUID> members = activeMembers(community);
        if (members.isEmpty()) {
            return List.of();
        }
        LearningPath path = paths.find(pathId).orElseThrow();
        Map<UUID, Enrollment> latest = new LinkedHashMap<>();
        enrollments
                .list("learningPathId = ?1 and personId in ?2 order by enrolledAt desc, id", pathId, members)
                .forEach(e -> latest.putIfAbsent(e.getPersonId(), mapper.toDomain(e, path)));
        return List.copyOf(latest.values());
    }

    private static void copy(PathAssignment assignment, PathAssignmentEntity entity) {
        entity.setId(assignment.id());
        entity.setPathId(assignment.pathId());
        entity.setCoalitionId(assignment.coalitionId().orElse(null));
        entity.setOrganizationId(assignment.organizationId().orElse(null));
        entity.setCreatedBy(assignment.createdBy().orElse(null));
        entity.setCreatedAt(assignment.createdAt());
        entity.setEndedAt(assignment.endedAt().orElse(null));
    }

    private static PathAssignment toDomain(PathAssignmentEntity entity) {
        return new PathAssignment(
                entity.getId(),
                entity.getPathId(),
                Optional.ofNullable(entity.getCoalitionId()),
                Optional.ofNullable(entity.getOrganizationId()),
                Optional.ofNullable(entity.getCreatedBy()),
                entity.getCreatedAt(),
                Optional.ofNullable(entity.getEndedAt()),
                entity.getVersion());
    }
}
