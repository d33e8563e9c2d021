package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.Learning;
import eu.loopmentoring.domain.learningpath.LearningPathCatalog;
import eu.loopmentoring.domain.learningpath.MeasuredChange;
import eu.loopmentoring.domain.learningpath.Measurements;
import eu.loopmentoring.domain.learningpath.PathProgrammes;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.model.LearningExportDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The learning section of a person's export: every enrollment whole, and the versions they authored. */
@ApplicationScoped
public class LearningExports {

    private final Learning learning;
    private final LearningPathCatalog catalog;
    private final LearningPathDtoMapper mapper;
    private final Measurements measurements;
    private final PathProgrammes programmes;

    LearningExports(
            Learning learning,
            LearningPathCatalog catalog,
            LearningPathDtoMapper mapper,
            Measurements measurements,
            PathProgrammes programmes) {
        this.learning = learning;
        this.catalog = catalog;
        this.mapper = mapper;
        this.measurements = measurements;
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
                .authoredPaths(catalog.authoredBy(subject))
                .pathAssignments(programmes.madeBy(subject).stream()
                        .map(PathAssignmentsResourceV1::dto)
                        .toList());
    }
}
