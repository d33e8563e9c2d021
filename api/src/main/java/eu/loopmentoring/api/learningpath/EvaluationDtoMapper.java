package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.learningpath.EvaluationFigures;
import eu.loopmentoring.domain.learningpath.EvaluationFigures.Figure;
import eu.loopmentoring.domain.learningpath.PathEvaluation;
import eu.loopmentoring.domain.learningpath.PathEvaluationSummary;
import eu.loopmentoring.openapi.v1.model.DimensionFigureDto;
import eu.loopmentoring.openapi.v1.model.FunnelStepDto;
import eu.loopmentoring.openapi.v1.model.NeedFigureDto;
import eu.loopmentoring.openapi.v1.model.NeedMetDto;
import eu.loopmentoring.openapi.v1.model.PathEvaluationAnswerDto;
import eu.loopmentoring.openapi.v1.model.PathEvaluationDto;
import eu.loopmentoring.openapi.v1.model.PathEvaluationSummaryDto;
import eu.loopmentoring.openapi.v1.model.StepRatingDto;
import eu.loopmentoring.openapi.v1.model.SummaryFigureDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Evaluations and evaluation summaries between the wire and the domain. */
@ApplicationScoped
public class EvaluationDtoMapper {

    private final DtoConversions conversions;
    private final LearningPathDtoMapper paths;

    EvaluationDtoMapper(DtoConversions conversions, LearningPathDtoMapper paths) {
        this.conversions = conversions;
        this.paths = paths;
    }

    public PathEvaluation.Answer toDomain(PathEvaluationAnswerDto answer) {
        return new PathEvaluation.Answer(
                answer.getOverallRating(),
                Optional.ofNullable(answer.getText()),
                Objects.requireNonNullElse(answer.getStepRatings(), List.<StepRatingDto>of()).stream()
                        .map(r -> new PathEvaluation.StepRating(r.getStepKey(), r.getRating()))
                        .toList(),
                Objects.requireNonNullElse(answer.getNeedsMet(), List.<NeedMetDto>of()).stream()
                        .map(n -> new PathEvaluation.NeedMet(n.getNeed(), n.getMet()))
                        .toList());
    }

    public PathEvaluationDto toDto(PathEvaluation evaluation) {
        return new PathEvaluationDto()
                .enrollmentId(evaluation.enrollmentId())
                .learningPathId(evaluation.learningPathId())
                .overallRating(evaluation.overallRating())
                .text(evaluation.text().orElse(null))
                .stepRatings(evaluation.stepRatings().entrySet().stream()
                        .map(r -> new StepRatingDto().stepKey(r.getKey()).rating(r.getValue()))
                        .toList())
                .needsMet(evaluation.needsMet().entrySet().stream()
                        .map(n -> new NeedMetDto().need(n.getKey()).met(n.getValue()))
                        .toList())
                .submittedAt(conversions.utc(evaluation.submittedAt()));
    }

    public PathEvaluationSummaryDto toDto(PathEvaluationSummary summary) {
        return new PathEvaluationSummaryDto()
                .learningPathId(summary.path().id())
                .lineageId(summary.path().lineageId())
                .versionNumber(summary.path().versionNumber().orElse(null))
                .minimumGroup(EvaluationFigures.MINIMUM_GROUP)
                .enrolled(toDto(summary.enrolled()))
                .completed(toDto(summary.completed()))
                .medianHoursToComplete(toDto(summary.medianHoursToComplete()))
                .overallRating(toDto(summary.overallRating()))
                .steps(summary.steps().stream()
                        .map(s -> new FunnelStepDto()
                                .stepKey(s.step().key())
                                .title(s.step().title())
                                .reached(toDto(s.reached()))
                                .done(toDto(s.done()))
                                .stoppedHere(toDto(s.stoppedHere()))
                                .rating(toDto(s.rating())))
                        .toList())
                .needs(summary.needs().entrySet().stream()
                        .map(n -> new NeedFigureDto().need(n.getKey()).met(toDto(n.getValue())))
                        .toList())
                .measuredChange(summary.measuredChange().entrySet().stream()
                        .map(d -> new DimensionFigureDto()
                                .dimension(paths.toDto(d.getKey()))
                                .change(toDto(d.getValue())))
                        .toList());
    }

    private static SummaryFigureDto toDto(Figure figure) {
        SummaryFigureDto dto = new SummaryFigureDto().withheld(figure.withheld());
        figure.value().ifPresent(dto::value);
        figure.people().ifPresent(dto::people);
        return dto;
    }
}
