package eu.loopmentoring.domain.mentoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A new request as the mentee sends it. Without {@code needs} the request takes the training needs
 * of their profile; with {@code offerId} it is addressed to that mentor and proposed to them at once.
 */
public record RequestDraft(
        Optional<Set<String>> needs,
        String goals,
        List<String> languages,
        Optional<MentoringFormat> format,
        Optional<MentoringMode> mode,
        Optional<String> region,
        Optional<UUID> offerId,
        Optional<UUID> coalitionId) {

    /** A draft outside any coalition's programme. */
    public RequestDraft(
            Optional<Set<String>> needs,
            String goals,
            List<String> languages,
            Optional<MentoringFormat> format,
            Optional<MentoringMode> mode,
            Optional<String> region,
            Optional<UUID> offerId) {
        this(needs, goals, languages, format, mode, region, offerId, Optional.empty());
    }
}
