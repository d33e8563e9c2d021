package eu.loopmentoring.domain.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What answers to a questionnaire give: the competency scores and the chosen training topics. */
public record ScoringResult(UUID questionnaireId, List<DimensionScore> scores, List<String> trainingTopics) {

    public ScoringResult {
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        scores = List.copyOf(scores);
        trainingTopics = List.copyOf(trainingTopics);
    }
}
