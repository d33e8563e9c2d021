package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a learner records on a step: its new status and, when present, new evidence or a new
 * reflection (an empty one removes it).
 */
public record StepChange(StepStatus status, Optional<Evidence> evidence, Optional<String> reflection) {

    public static final int MAX_EVIDENCE_TEXT = 5000;
    public static final int MAX_LINKS = 10;
    public static final int MAX_REFLECTION = 10_000;

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);

    public StepChange {
        Objects.requireNonNull(status, "status");
        evidence = Objects.requireNonNullElse(evidence, Optional.empty());
        reflection = Objects.requireNonNullElse(reflection, Optional.empty());
        List<FieldError> errors = new ArrayList<>();
        evidence.ifPresent(e -> {
            if (e.text().length() > MAX_EVIDENCE_TEXT) {
                errors.add(new FieldError("evidence.text", "must have at most " + MAX_EVIDENCE_TEXT + " characters"));
            }
            if (e.links().size() > MAX_LINKS) {
                errors.add(new FieldError("evidence.links", "must name at most " + MAX_LINKS + " links"));
            } else if (!e.links().stream()
                    .allMatch(l ->
                            l != null && l.length() <= 500 && LINK.matcher(l).matches())) {
                errors.add(
                        new FieldError("evidence.links", "must be http or https addresses of at most 500 characters"));
            }
        });
        if (reflection.filter(r -> r.length() > MAX_REFLECTION).isPresent()) {
            errors.add(new FieldError("reflection", "must have at most " + MAX_REFLECTION + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
