package eu.loopmentoring.persistence.learningpath;

import eu.loopmentoring.domain.learningpath.LearningPath;
import eu.loopmentoring.domain.learningpath.LearningPaths;
import eu.loopmentoring.domain.learningpath.PathFilter;
import eu.loopmentoring.domain.learningpath.PathStatus;
import eu.loopmentoring.domain.learningpath.StepTargets;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import eu.loopmentoring.persistence.shared.RowVersions;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Learning path versions. Who sees what in a listing is {@code PathAccess}'s rule written as a
 * query: published versions for everyone or for the owning community's active members (and their
 * authors), a PERSONAL path for its learner alone, drafts for their author, the people who train others in the owning community, and
 * curators.
 */
@ApplicationScoped
public class LearningPathRepository
        implements LearningPaths, StepTargets, PanacheRepositoryBase<LearningPathEntity, UUID> {

    /** Searches rank nothing: they narrow the listing to at most this many most recent matches. */
    static final int MAX_MATCHES = 1000;

    private static final KeysetOrder<LearningPathEntity> NEWEST_PUBLISHED = KeysetOrder.<LearningPathEntity>by()
            .desc("p.publishedAt", LearningPathEntity::getPublishedAt, Instant::parse)
            .asc("p.id", LearningPathEntity::getId, UUID::fromString);

    private static final KeysetOrder<LearningPathEntity> RECENTLY_CHANGED = KeysetOrder.<LearningPathEntity>by()
            .desc("p.updatedAt", LearningPathEntity::getUpdatedAt, Instant::parse)
            .asc("p.id", LearningPathEntity::getId, UUID::fromString);

    private static final String MEMBER_OF_OWNER = "(p.coalitionId in (select m.coalitionId from"
            + " CoalitionMembershipEntity m where m.personId = :viewer and m.status = 'ACTIVE')"
            + " or p.organizationId in (select o.organizationId from OrganizationMembershipEntity o"
            + " where o.personId = :viewer and o.status = 'ACTIVE'))";

    private static final String TRAINS_FOR_OWNER = "(p.coalitionId in (select m.coalitionId from"
            + " CoalitionMembershipEntity m where m.personId = :viewer and m.status = 'ACTIVE'"
            + " and m.role = 'COORDINATOR')"
            + " or p.organizationId in (select o.organizationId from OrganizationMembershipEntity o"
            + " where o.personId = :viewer and o.status = 'ACTIVE' and o.role in ('COORDINATOR', 'TEACHER_TRAINER')))";

    private final LearningPathEntityMapper mapper;

    LearningPathRepository(LearningPathEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(LearningPath path) {
        LearningPathEntity entity = new LearningPathEntity();
        mapper.copy(path, entity);
        persist(entity);
        flush();
    }

    @Override
    public Optional<LearningPath> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Optional<LearningPath> update(LearningPath path) {
        LearningPathEntity entity = RowVersions.lockedCurrent(getEntityManager(), LearningPathEntity.class, path.id());
        if (entity == null || entity.getVersion() != path.version()) {
            return Optional.empty();
        }
        mapper.copy(path, entity);
        entity.setVersion(path.version() + 1);
        flush();
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public boolean remove(LearningPath path) {
        flush();
        int deleted = getEntityManager()
                .createNativeQuery("delete from learning_path where id = :id and version = :version")
                .setParameter("id", path.id())
                .setParameter("version", path.version())
                .executeUpdate();
        getEntityManager().clear();
        return deleted == 1;
    }

    @Override
    public OptionalInt highestVersionLocked(UUID lineageId) {
        List<?> numbers = getEntityManager()
                .createNativeQuery("select version_number from learning_path where lineage_id = :lineage for update")
                .setParameter("lineage", lineageId)
                .getResultList();
        return numbers.stream()
                .filter(n -> n != null)
                .mapToInt(n -> ((Number) n).intValue())
                .max();
    }

    @Override
    public boolean hasDraft(UUID lineageId) {
        return count("lineageId = ?1 and status = 'DRAFT'", lineageId) > 0;
    }

    @Override
    public Page<LearningPath> list(UUID viewer, boolean curator, PathFilter filter, PageRequest page) {
        boolean drafts = filter.status() == PathStatus.DRAFT;
        String status = drafts ? "p.status = 'DRAFT'" : "p.status = 'PUBLISHED'";
        // a PERSONAL path has no community: only its learner (createdBy) matches it, curators too
        Conditions visible = curator
                ? Conditions.none()
                        .and(status)
                        .and("(p.visibility <> 'PERSONAL' or p.createdBy = :viewer)")
                        .bind("viewer", viewer)
                : Conditions.none()
                        .and(status)
                        .and(
                                drafts
                                        ? "(p.createdBy = :viewer or " + TRAINS_FOR_OWNER + ")"
                                        : "(p.visibility = 'EVERYONE' or p.createdBy = :viewer or " + MEMBER_OF_OWNER
                                                + " or " + TRAINS_FOR_OWNER + ")")
                        .bind("viewer", viewer);
        Conditions filters = visible.andIf(
                        filter.words().map(words -> matching(words, drafts)), "p.id in :matches", "matches")
                .andIf(
                        filter.profileDimension().map(Enum::name),
                        "array_contains(p.profileDimensions, :dimension)",
                        "dimension")
                .andIf(
                        filter.schoolDimension().map(Enum::name),
                        "array_contains(p.schoolDimensions, :schoolDimension)",
                        "schoolDimension")
                .andIf(filter.careerStage().map(Enum::name), "array_contains(p.careerStages, :stage)", "stage")
                .andIf(filter.targetGroup().map(Enum::name), "array_contains(p.targetGroups, :group)", "group")
                .andIf(filter.language(), "array_contains(p.languages, :language)", "language")
                .andIf(filter.topic(), "array_contains(p.topics, :topic)", "topic")
                .andIf(filter.coalitionId(), "p.coalitionId = :coalition", "coalition")
                .andIf(filter.organizationId(), "p.organizationId = :organization", "organization");
        return KeysetPages.page(
                        this, "from LearningPathEntity p", filters, drafts ? RECENTLY_CHANGED : NEWEST_PUBLISHED, page)
                .map(mapper::toDomain);
    }

    /** The most recent versions whose text matches the words, at most {@link #MAX_MATCHES}. */
    private List<UUID> matching(String words, boolean drafts) {
        List<?> ids = getEntityManager()
                .createNativeQuery("select id from learning_path where status = :status and search_vector"
                        + " @@ resource_search_query(resource_search_config(languages), :words)"
                        + " order by coalesce(published_at, updated_at) desc, id limit " + MAX_MATCHES)
                .setParameter("status", drafts ? "DRAFT" : "PUBLISHED")
                .setParameter("words", words)
                .getResultList();
        List<UUID> found = ids.stream().map(UUID.class::cast).toList();
        // "in ()" is no valid query: a search that matches nothing asks for an id no row has
        return found.isEmpty() ? List.of(new UUID(0, 0)) : found;
    }

    @Override
    public List<UUID> authoredBy(UUID personId) {
        return find("createdBy = ?1 order by createdAt desc, id", personId).stream()
                .map(LearningPathEntity::getId)
                .toList();
    }

    @Override
    public Set<UUID> publishedResources(Set<UUID> ids) {
        return ids("select id from learning_resource where status = 'PUBLISHED' and id in (:ids)", ids);
    }

    @Override
    public Set<UUID> existingMethods(Set<UUID> ids) {
        return ids("select id from method where id in (:ids)", ids);
    }

    private Set<UUID> ids(String sql, Set<UUID> ids) {
        List<?> found = getEntityManager()
                .createNativeQuery(sql)
                .setParameter("ids", ids)
                .getResultList();
        return found.stream().map(UUID.class::cast).collect(Collectors.toUnmodifiableSet());
    }
}
