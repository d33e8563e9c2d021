package eu.loopmentoring.persistence.learningpath;

import eu.loopmentoring.domain.learningpath.Assessments;
import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.EnrollmentStatus;
import eu.loopmentoring.domain.learningpath.Enrollments;
import eu.loopmentoring.domain.learningpath.LearningPath;
import eu.loopmentoring.domain.learningpath.Measurement;
import eu.loopmentoring.domain.learningpath.Measurements;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import eu.loopmentoring.persistence.shared.RowVersions;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enrollments, each read with the path version it keeps (one query for the versions of a whole
 * page). One {@code ACTIVE} enrollment per person and lineage: the unique index decides a race.
 */
@ApplicationScoped
public class EnrollmentRepository
        implements Enrollments, Assessments, Measurements, PanacheRepositoryBase<EnrollmentEntity, UUID> {

    private static final KeysetOrder<EnrollmentEntity> MOST_RECENT = KeysetOrder.<EnrollmentEntity>by()
            .desc("e.enrolledAt", EnrollmentEntity::getEnrolledAt, Instant::parse)
            .asc("e.id", EnrollmentEntity::getId, UUID::fromString);

    private final LearningPathRepository paths;
    private final LearningPathEntityMapper mapper;

    EnrollmentRepository(LearningPathRepository paths, LearningPathEntityMapper mapper) {
        this.paths = paths;
        this.mapper = mapper;
    }

    @Override
    public Optional<Enrollment> add(Enrollment enrollment) {
        // Serialises two enrolments of the same person: the second sees the first's row.
        getEntityManager()
                .createNativeQuery("select id from person where id = :id for update")
                .setParameter("id", enrollment.personId())
                .getResultList();
        Optional<EnrollmentEntity> running = find(
                        "personId = ?1 and lineageId = ?2 and status = 'ACTIVE'",
                        enrollment.personId(),
                        enrollment.path().lineageId())
                .firstResultOptional();
        if (running.isPresent()) {
            return running.map(this::toDomain);
        }
        EnrollmentEntity entity = new EnrollmentEntity();
        mapper.copy(enrollment, entity);
        entity.setVersion(enrollment.version());
        persist(entity);
        flush();
        return Optional.empty();
    }

    @Override
    public Optional<Enrollment> find(UUID id) {
        return findByIdOptional(id).map(this::toDomain);
    }

    @Override
    public Optional<Enrollment> update(Enrollment enrollment) {
        EnrollmentEntity entity =
                RowVersions.lockedCurrent(getEntityManager(), EnrollmentEntity.class, enrollment.id());
        if (entity == null || entity.getVersion() != enrollment.version()) {
            return Optional.empty();
        }
        mapper.copy(enrollment, entity);
        entity.setVersion(enrollment.version() + 1);
        flush();
        return Optional.of(mapper.toDomain(entity, enrollment.path()));
    }

    @Override
    public Page<Enrollment> of(UUID personId, Optional<EnrollmentStatus> status, PageRequest page) {
        Conditions filters = Conditions.none()
                .and("e.personId = :person")
                .bind("person", personId)
                .andIf(status.map(Enum::name), "e.status = :status", "status");
        Page<EnrollmentEntity> rows = KeysetPages.page(this, "from EnrollmentEntity e", filters, MOST_RECENT, page);
        Map<UUID, LearningPath> versions = versionsOf(rows.items());
        return rows.map(e -> mapper.toDomain(e, versions.get(e.getLearningPathId())));
    }

    @Override
    public List<Enrollment> allOf(UUID personId) {
        List<EnrollmentEntity> rows = list("personId = ?1 order by enrolledAt desc, id", personId);
        Map<UUID, LearningPath> versions = versionsOf(rows);
        return rows.stream()
                .map(e -> mapper.toDomain(e, versions.get(e.getLearningPathId())))
                .toList();
    }

    @Override
    public boolean submittedSince(UUID personId, Instant since) {
        return !getEntityManager()
                .createNativeQuery("select 1 from questionnaire_response where person_id = :person"
                        + " and status = 'SUBMITTED' and submitted_at > :since limit 1")
                .setParameter("person", personId)
                .setParameter("since", since)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<Measurement> lastUpTo(UUID personId, Instant at) {
        return measurement("submitted_at <= :at order by submitted_at desc, id desc", personId, at);
    }

    @Override
    public Optional<Measurement> latestAfter(UUID personId, Instant since) {
        return measurement("submitted_at > :at order by submitted_at desc, id desc", personId, since);
    }

    @Override
    public Map<UUID, BeforeAndAfter> aroundCompleted(UUID learningPathId) {
        // One row per score of the response on either side of each completed enrollment (one row
        // without a score for a response that has none).
        String side = "select e.id as enrollment_id, '%s' as side, r.id, r.submitted_at from enrollment e"
                + " cross join lateral (select q.id, q.submitted_at from questionnaire_response q"
                + " where q.person_id = e.person_id and q.status = 'SUBMITTED' and q.submitted_at %s e.enrolled_at"
                + " order by q.submitted_at desc, q.id desc limit 1) r"
                + " where e.learning_path_id = :path and e.status = 'COMPLETED'";
        List<?> rows = getEntityManager()
                .createNativeQuery("select s.enrollment_id, s.side, s.id, s.submitted_at, c.dimension, c.score from ("
                        + side.formatted("BEFORE", "<=") + " union all " + side.formatted("AFTER", ">")
                        + ") s left join questionnaire_score c on c.response_id = s.id")
                .setParameter("path", learningPathId)
                .getResultList();
        Map<UUID, Map<String, Response>> sides = new HashMap<>();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            Response response = sides.computeIfAbsent((UUID) row[0], k -> new HashMap<>())
                    .computeIfAbsent(
                            (String) row[1],
                            k -> new Response((UUID) row[2], instant(row[3]), new EnumMap<>(ProfileDimension.class)));
            if (row[4] != null) {
                response.scores().put(ProfileDimension.valueOf((String) row[4]), ((Number) row[5]).intValue());
            }
        }
        Map<UUID, BeforeAndAfter> around = new HashMap<>();
        sides.forEach((enrollment, read) -> around.put(
                enrollment,
                new BeforeAndAfter(
                        Optional.ofNullable(read.get("BEFORE")).map(Response::measurement),
                        Optional.ofNullable(read.get("AFTER")).map(Response::measurement))));
        return around;
    }

    /** A response's row being read, its scores filled in row by row. */
    private record Response(UUID id, Instant submittedAt, Map<ProfileDimension, Integer> scores) {

        Measurement measurement() {
            return new Measurement(id, submittedAt, scores);
        }
    }

    private Optional<Measurement> measurement(String when, UUID personId, Instant at) {
        List<?> rows = getEntityManager()
                .createNativeQuery("select id, submitted_at from questionnaire_response where person_id = :person"
                        + " and status = 'SUBMITTED' and " + when + " limit 1")
                .setParameter("person", personId)
                .setParameter("at", at)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        UUID response = (UUID) row[0];
        Map<ProfileDimension, Integer> scores = new EnumMap<>(ProfileDimension.class);
        for (Object score : getEntityManager()
                .createNativeQuery("select dimension, score from questionnaire_score where response_id = :response")
                .setParameter("response", response)
                .getResultList()) {
            Object[] pair = (Object[]) score;
            scores.put(ProfileDimension.valueOf((String) pair[0]), ((Number) pair[1]).intValue());
        }
        return Optional.of(new Measurement(response, instant(row[1]), scores));
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case java.time.OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("not a time: " + value.getClass());
        };
    }

    private Enrollment toDomain(EnrollmentEntity entity) {
        return mapper.toDomain(entity, paths.find(entity.getLearningPathId()).orElseThrow());
    }

    private Map<UUID, LearningPath> versionsOf(List<EnrollmentEntity> rows) {
        List<UUID> ids = rows.stream()
                .map(EnrollmentEntity::getLearningPathId)
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return paths.list("id in ?1", ids).stream()
                .map(mapper::toDomain)
                .collect(Collectors.toMap(LearningPath::id, Function.identity()));
    }
}
