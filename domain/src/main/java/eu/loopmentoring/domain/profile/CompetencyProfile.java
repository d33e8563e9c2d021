package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.questionnaire.DimensionScore;
import eu.loopmentoring.domain.questionnaire.DimensionScore.ScoredItem;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The competency profile: the scores of the latest submitted response, each with the items that
 * produced it and its change since the previous submission.
 */
public record CompetencyProfile(
        UUID responseId,
        UUID questionnaireId,
        Instant submittedAt,
        Optional<Instant> previousSubmittedAt,
        List<Score> scores) {

    public record Score(ProfileDimension dimension, int score, Optional<Integer> change, List<ScoredItem> items) {}

    public CompetencyProfile {
        scores = List.copyOf(scores);
    }

    /** From the latest submission and, when there is one, the submission before it. */
    public static CompetencyProfile of(QuestionnaireResponse latest, Optional<QuestionnaireResponse> previous) {
        Map<ProfileDimension, Integer> before = previous.map(p ->
                        p.scores().stream().collect(Collectors.toMap(DimensionScore::dimension, DimensionScore::score)))
                .orElse(Map.of());
        List<Score> scores = latest.scores().stream()
                .map(s -> new Score(
                        s.dimension(),
                        s.score(),
                        Optional.ofNullable(before.get(s.dimension())).map(b -> s.score() - b),
                        s.items()))
                .toList();
        return new CompetencyProfile(
                latest.id(),
                latest.questionnaireId(),
                latest.submittedAt().orElseThrow(),
                previous.flatMap(QuestionnaireResponse::submittedAt),
                scores);
    }

    public Optional<Score> score(ProfileDimension dimension) {
        return scores.stream().filter(s -> s.dimension() == dimension).findFirst();
    }

    /** The same profile with only the scores on the dimensions kept. */
    public CompetencyProfile only(Predicate<ProfileDimension> kept) {
        return new CompetencyProfile(
                responseId,
                questionnaireId,
                submittedAt,
                previousSubmittedAt,
                scores.stream().filter(s -> kept.test(s.dimension())).toList());
    }
}
