package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.profile.Availability;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A partial change of an offer: what is present changes; {@code status} pauses or resumes it. */
public record OfferChanges(
        Optional<Integer> capacity,
        Optional<Expertise> expertise,
        Optional<List<String>> languages,
        Optional<Set<MentoringFormat>> formats,
        Optional<Set<MentoringMode>> modes,
        Optional<String> region,
        Optional<Availability> availability,
        Optional<OfferStatus> status) {

    public static OfferChanges status(OfferStatus status) {
        return new OfferChanges(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(status));
    }
}
