package eu.loopmentoring.domain.learningpath;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Learners' evaluations of their paths, one per enrollment, and the learners of a version. */
public interface PathEvaluations {

    Optional<PathEvaluation> find(UUID enrollmentId);

    /**
     * Stores a first evaluation, or replaces one still at {@code evaluation.version()}, and answers
     * it with its new version; empty when it changed meanwhile.
     */
    Optional<PathEvaluation> put(PathEvaluation evaluation);

    /** The evaluations given in enrollments of the version {@code learningPathId}. */
    List<PathEvaluation> ofPath(UUID learningPathId);

    /** Every evaluation the person gave, oldest first: what their export shows. */
    List<PathEvaluation> of(UUID personId);

    /** Each learner's latest enrollment in the version {@code learningPathId}. */
    List<Enrollment> learnersOf(UUID learningPathId);
}
