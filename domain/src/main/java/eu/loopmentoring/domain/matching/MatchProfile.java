package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.shared.Enums;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What matching knows of one side of a pair, mentee or mentor: the person, the languages they
 * would meet in (with their level), the formats and modes they accept (in person within
 * {@code region}), when they are free, their career stage, subjects and school levels, their school,
 * and their cultural background.
 *
 * <p>The cultural background is special-category data: it is kept here only when {@code consents}
 * holds {@link ConsentPurpose#CULTURAL_BACKGROUND}, and dropped otherwise, so that no criterion can
 * use it without consent.
 */
public record MatchProfile(
        UUID personId,
        List<LanguageSkill> languages,
        Set<MeetingFormat> formats,
        Set<MeetingMode> modes,
        Optional<String> region,
        Optional<Availability> availability,
        Optional<CareerStage> careerStage,
        SortedSet<String> subjects,
        Set<IscedLevel> schoolLevels,
        Optional<UUID> schoolId,
        Set<ConsentPurpose> consents,
        SortedSet<String> culturalBackground) {

    public MatchProfile {
        Objects.requireNonNull(personId, "personId");
        languages = languages.stream()
                .sorted(Comparator.comparing(LanguageSkill::language)
                        .thenComparing(LanguageSkill::level)
                        .thenComparing(LanguageSkill::motherTongue))
                .toList();
        formats = Enums.orderedSet(MeetingFormat.class, formats);
        modes = Enums.orderedSet(MeetingMode.class, modes);
        region = region.map(String::strip).filter(r -> !r.isEmpty());
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(careerStage, "careerStage");
        subjects = keys(subjects);
        schoolLevels = Enums.orderedSet(IscedLevel.class, schoolLevels);
        Objects.requireNonNull(schoolId, "schoolId");
        consents = Enums.orderedSet(ConsentPurpose.class, consents);
        culturalBackground =
                consents.contains(ConsentPurpose.CULTURAL_BACKGROUND) ? keys(culturalBackground) : keys(List.of());
    }

    public boolean consentedToCulturalBackground() {
        return consents.contains(ConsentPurpose.CULTURAL_BACKGROUND);
    }

    /** Free-text keys (subjects, background items) compared without case or surrounding blanks. */
    static SortedSet<String> keys(Collection<String> values) {
        TreeSet<String> keys = new TreeSet<>();
        for (String value : values) {
            String key = value.strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return Collections.unmodifiableSortedSet(keys);
    }
}
