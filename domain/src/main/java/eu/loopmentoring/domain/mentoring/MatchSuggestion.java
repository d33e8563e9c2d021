package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.matching.PairExplanation;
import java.util.Objects;
import java.util.UUID;

/** One suggested partner: the other person, and why the pair fits. */
public record MatchSuggestion(UUID personId, String displayName, PairExplanation explanation) {

    public MatchSuggestion {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(explanation, "explanation");
    }
}
