package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.questionnaire.Answer;
import eu.loopmentoring.domain.questionnaire.DimensionScore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's answers to one published questionnaire version: a draft they continue, or a
 * submission with the competency scores and training topics computed from it.
 */
public record QuestionnaireResponse(
        UUID id,
        UUID personId,
        UUID questionnaireId,
        ResponseStatus status,
        List<Answer> answers,
        List<DimensionScore> scores,
        List<String> trainingTopics,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> submittedAt,
        long version) {

    public QuestionnaireResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(status, "status");
        answers = List.copyOf(answers);
        scores = List.copyOf(scores);
        trainingTopics = List.copyOf(trainingTopics);
        Objects.requireNonNull(submittedAt, "submittedAt");
        if ((status == ResponseStatus.SUBMITTED) != submittedAt.isPresent()) {
            throw new IllegalArgumentException("a submitted response, and only it, has a submission time");
        }
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.SUBMITTED;
    }
}
