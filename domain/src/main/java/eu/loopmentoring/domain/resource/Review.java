package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A person's review of a published resource: one per person and resource, replaced when given again. */
public record Review(
        UUID resourceId,
        UUID personId,
        String displayName,
        int rating,
        String comment,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_COMMENT = 4000;

    public Review {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        checked(rating, comment);
    }

    /** Checks what the reviewer gives; every broken rule is named. */
    public static void checked(int rating, String comment) {
        List<FieldError> errors = new ArrayList<>();
        if (rating < 1 || rating > 5) {
            errors.add(new FieldError("rating", "must be between 1 and 5"));
        }
        if (comment == null || comment.length() > MAX_COMMENT) {
            errors.add(new FieldError("comment", "must have at most " + MAX_COMMENT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
