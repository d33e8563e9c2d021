package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.Optional;

/** Narrows a listing of offers; {@code mine} keeps only the caller's own. */
public record OfferFilter(
        boolean mine,
        Optional<String> language,
        Optional<MentoringFormat> format,
        Optional<MentoringMode> mode,
        Optional<ProfileDimension> profileDimension,
        Optional<String> subject,
        Optional<IscedLevel> schoolLevel) {

    public static OfferFilter all() {
        return new OfferFilter(
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
