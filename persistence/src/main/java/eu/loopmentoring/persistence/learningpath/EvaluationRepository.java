package eu.loopmentoring.persistence.learningpath;

import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.LearningPath;
import eu.loopmentoring.domain.learningpath.PathEvaluation;
import eu.loopmentoring.domain.learningpath.PathEvaluation.NeedMet;
import eu.loopmentoring.domain.learningpath.PathEvaluation.StepRating;
import eu.loopmentoring.domain.learningpath.PathEvaluations;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Learners' evaluations, one per enrollment; a first evaluation and its replacement are serialised
 * by locking the enrollment's row.
 */
@ApplicationScoped
public class EvaluationRepository implements PathEvaluations, PanacheRepositoryBase<EvaluationEntity, UUID> {

    private final EnrollmentRepository enrollments;
    private final LearningPathRepository paths;
    private final LearningPathEntityMapper mapper;

    EvaluationRepository(
            EnrollmentRepository enrollments, LearningPathRepository paths, LearningPathEntityMapper mapper) {
        this.enrollments = enrollments;
        this.paths = paths;
        this.mapper = mapper;
    }

    @Override
    public Optional<PathEvaluation> find(UUID enrollmentId) {
        return findByIdOptional(enrollmentId).map(EvaluationRepository::toDomain);
    }

    @Override
    public Optional<PathEvaluation> put(PathEvaluation evaluation) {
        getEntityManager()
                .createNativeQuery("select id from enrollment where id = :id for update")
                .setParameter("id", evaluation.enrollmentId())
                .getResultList();
        EvaluationEntity entity = findById(evaluation.enrollmentId());
        if (entity == null) {
            if (evaluation.version() != 0) {
                return Optional.empty();
            }
            entity = new EvaluationEntity();
            copy(evaluation, entity);
            entity.setVersion(0);
            persist(entity);
        } else {
            getEntityManager().refresh(entity);
            if (entity.getVersion() != evaluation.version()) {
                return Optional.empty();
            }
            copy(evaluation, entity);
            entity.setVersion(evaluation.version() + 1);
        }
        flush();
        return Optional.of(toDomain(entity));
    }

    @Override
    public List<PathEvaluation> ofPath(UUID learningPathId) {
        return list("learningPathId = ?1", learningPathId).stream()
                .map(EvaluationRepository::toDomain)
                .toList();
    }

    @Override
    public List<PathEvaluation> of(UUID personId) {
        return list("personId = ?1 order by submittedAt, enrollmentId", personId).stream()
                .map(EvaluationRepository::toDomain)
                .toList();
    }

    @Override
    public List<Enrollment> learnersOf(UUID learningPathId) {
        Optional<LearningPath> path = paths.find(learningPathId);
        if (path.isEmpty()) {
            return List.of();
        }
        return enrollments
                .list(
                        "from EnrollmentEntity e where e.learningPathId = ?1 and e.enrolledAt = (select"
                                + " max(x.enrolledAt) from EnrollmentEntity x where x.learningPathId = ?1"
                                + " and x.personId = e.personId) order by e.enrolledAt, e.id",
                        learningPathId)
                .stream()
                .map(e -> mapper.toDomain(e, path.get()))
                .toList();
    }

    private static void copy(PathEvaluation evaluation, EvaluationEntity entity) {
        entity.setEnrollmentId(evaluation.enrollmentId());
        entity.setPersonId(evaluation.personId());
        entity.setLearningPathId(evaluation.learningPathId());
        entity.setOverallRating(evaluation.overallRating());
        entity.setText(evaluation.text().orElse(null));
        entity.setStepRatings(evaluation.stepRatings().entrySet().stream()
                .map(r -> new StepRating(r.getKey(), r.getValue()))
                .toList());
        entity.setNeedsMet(evaluation.needsMet().entrySet().stream()
                .map(n -> new NeedMet(n.getKey(), n.getValue()))
                .toList());
        entity.setSubmittedAt(evaluation.submittedAt());
    }

    private static PathEvaluation toDomain(EvaluationEntity entity) {
        Map<String, Integer> steps = new LinkedHashMap<>();
        entity.getStepRatings().forEach(r -> steps.put(r.stepKey(), r.rating()));
        Map<String, Boolean> needs = new LinkedHashMap<>();
        entity.getNeedsMet().forEach(n -> needs.put(n.need(), n.met()));
        return new PathEvaluation(
                entity.getEnrollmentId(),
                entity.getPersonId(),
                entity.getLearningPathId(),
                entity.getOverallRating(),
                Optional.ofNullable(entity.getText()),
                steps,
                needs,
                entity.getSubmittedAt(),
                entity.getVersion());
    }
}
