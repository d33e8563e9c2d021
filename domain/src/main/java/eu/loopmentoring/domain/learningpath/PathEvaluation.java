package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A learner's evaluation of the path they completed or left: the path as a whole, the usefulness of
 * its steps and, for the needs it addressed, whether it met them. One per enrollment; the learner
 * alone reads it, its authors only in aggregate ({@link PathEvaluationSummary}).
 *
 * @param stepRatings by step key, in the path's order
 * @param needsMet by need ({@link #addressedNeeds}), in the path's order
 * @param version the row version, in the {@code ETag}
 */
public record PathEvaluation(
        UUID enrollmentId,
        UUID personId,
        UUID learningPathId,
        int overallRating,
        Optional<String> text,
        Map<String, Integer> stepRatings,
        Map<String, Boolean> needsMet,
        Instant submittedAt,
        long version) {

    public static final int MAX_TEXT = 4000;

    /** What the learner says, as they sent it: checked against the enrollment by {@link #of}. */
    public record Answer(
            int overallRating, Optional<String> text, List<StepRating> stepRatings, List<NeedMet> needsMet) {

        public Answer {
            text = Objects.requireNonNullElse(text, Optional.<String>empty())
                    .map(String::strip)
                    .filter(t -> !t.isEmpty());
            stepRatings = stepRatings == null ? List.of() : List.copyOf(stepRatings);
            needsMet = needsMet == null ? List.of() : List.copyOf(needsMet);
        }
    }

    public record StepRating(String stepKey, int rating) {}

    public record NeedMet(String need, boolean met) {}

    public PathEvaluation {
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(learningPathId, "learningPathId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        text = Objects.requireNonNullElse(text, Optional.empty());
        stepRatings = Collections.unmodifiableMap(new LinkedHashMap<>(stepRatings));
        needsMet = Collections.unmodifiableMap(new LinkedHashMap<>(needsMet));
    }

    /**
     * The needs a path addresses, in order: its profile dimensions, its school dimensions and its
     * topics (for a personal path, the training needs it was built from).
     */
    public static List<String> addressedNeeds(PathContent content) {
        List<String> needs = new ArrayList<>();
        content.profileDimensions().forEach(d -> needs.add(d.name()));
        content.schoolDimensions().forEach(d -> needs.add(d.name()));
        needs.addAll(content.topics());
        return List.copyOf(needs);
    }

    /**
     * The learner's evaluation of a finished enrollment, every field that breaks a rule named at
     * once; an enrollment still running cannot be evaluated.
     */
    public static PathEvaluation of(Enrollment enrollment, Answer answer, Instant now, long version) {
        if (enrollment.isActive()) {
            throw new RuleViolationException("This enrollment is still ACTIVE: a path is evaluated once it is COMPLETED"
                    + " or left (POST /api/v1/enrollments/" + enrollment.id() + "/withdrawal).");
        }
        List<FieldError> errors = new ArrayList<>();
        rating("overallRating", answer.overallRating(), errors);
        if (answer.text().filter(t -> t.length() > MAX_TEXT).isPresent()) {
            errors.add(new FieldError("text", "must have at most " + MAX_TEXT + " characters"));
        }
        PathContent content = enrollment.path().content();
        Map<String, Integer> rated = new HashMap<>();
        for (int i = 0; i < answer.stepRatings().size(); i++) {
            StepRating step = answer.stepRatings().get(i);
            String at = "stepRatings[" + i + "].";
            if (step.stepKey() == null || content.step(step.stepKey()).isEmpty()) {
                errors.add(new FieldError(at + "stepKey", "is not a step of the version enrolled in"));
            } else if (rated.putIfAbsent(step.stepKey(), step.rating()) != null) {
                errors.add(new FieldError(at + "stepKey", "rates a step already rated"));
            }
            rating(at + "rating", step.rating(), errors);
        }
        List<String> addressed = addressedNeeds(content);
        Map<String, Boolean> answered = new HashMap<>();
        for (int i = 0; i < answer.needsMet().size(); i++) {
            NeedMet need = answer.needsMet().get(i);
            String at = "needsMet[" + i + "].need";
            if (need.need() == null || !addressed.contains(need.need())) {
                errors.add(new FieldError(
                        at, "is not a need the path addressed; these are: " + String.join(", ", addressed)));
            } else if (answered.putIfAbsent(need.need(), need.met()) != null) {
                errors.add(new FieldError(at, "answers a need already answered"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PathEvaluation(
                enrollment.id(),
                enrollment.personId(),
                enrollment.path().id(),
                answer.overallRating(),
                answer.text(),
                inOrder(content.steps().stream().map(PathStep::key).toList(), rated),
                inOrder(addressed, answered),
                now,
                version);
    }

    private static <T> Map<String, T> inOrder(List<String> order, Map<String, T> answered) {
        Map<String, T> ordered = new LinkedHashMap<>();
        order.stream().filter(answered::containsKey).forEach(k -> ordered.put(k, answered.get(k)));
        return ordered;
    }

    private static void rating(String field, int rating, List<FieldError> errors) {
        if (rating < 1 || rating > 5) {
            errors.add(new FieldError(field, "must be between 1 and 5"));
        }
    }
}
