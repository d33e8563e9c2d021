package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.Learning;
import eu.loopmentoring.domain.learningpath.LearningPathCatalog;
import eu.loopmentoring.domain.learningpath.MeasuredChange;
import eu.loopmentoring.domain.learningpath.Measurements;
import eu.loopmentoring.domain.learningpath.PathEvaluationWork;
import eu.loopmentoring.domain.learningpath.PathProgrammes;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.model.LearningExportDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The learning section of a person's export: every enrollment whole, the credentials it gives, the
 * versions they authored and their evaluations.
 */
@ApplicationScoped
public class LearningExports {

    private final Learning learning;
    private final LearningPathCatalog catalog;
    private final LearningPathDtoMapper mapper;
    private final Measurements measurements;
    private final LearningCredentials credentials;
    private final PathEvaluationWork evaluations;
    private final EvaluationDtoMapper evaluationMapper;
    private final PathProgrammes programmes;

    LearningExports(
            Learning learning,
            LearningPathCatalog catalog,
            LearningPathDtoMapper mapper,
            Measurements measurements,
            LearningCredentials credentials,
            PathEvaluationWork evaluations,
            EvaluationDtoMapper evaluationMapper,
            PathProgrammes programmes) {
        this.learning = learning;
        this.catalog = catalog;
        this.mapper = mapper;
        this.measurements = measurements;
        this.credentials = credentials;
        this.evaluations = evaluations;
        this.evaluationMapper = evaluationMapper;
        this.programmes = programmes;
    }

    public LearningExportDto of(Subject subject) {
        List<Enrollment> enrollments = learning.all(subject);
        Set<UUID> unavailable = catalog.unavailableResources(
                enrollments.stream().map(Enrollment::path).toList());
        return new LearningExportDto()
                .enrollments(enrollments.stream()
                        .map(e -> mapper.toDto(e, unavailable)
                                .measuredChange(MeasuredChange.of(e, measurements)
                                        .map(mapper::toDto)
                                        .orElse(null)))
                        .toList())
                .credentials(credentials.summaries(enrollments))
                .authoredPaths(catalog.authoredBy(subject))
                .evaluations(evaluations.mine(subject).stream()
                        .map(evaluationMapper::toDto)
                        .toList())
                .pathAssignments(programmes.madeBy(subject).stream()
                        .map(PathAssignmentsResourceV1::dto)
                        .toList());
    }
}
