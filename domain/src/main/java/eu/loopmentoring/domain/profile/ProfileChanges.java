package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.organization.IscedLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A partial update of a profile: each present value replaces the current one; lists replace
 * whole lists; an empty bio clears it. Visibility changes only for the groups named.
 */
public record ProfileChanges(
        Optional<CareerStage> careerStage,
        Optional<Integer> yearsOfExperience,
        Optional<List<String>> subjects,
        Optional<Set<IscedLevel>> schoolLevels,
        Optional<String> country,
        Optional<List<LanguageSkill>> languages,
        Optional<List<String>> interests,
        Optional<List<String>> ownTrainingNeeds,
        Optional<Availability> availability,
        Optional<String> bio,
        Optional<Set<MentoringPreference>> mentoringPreferences,
        Map<ProfileFieldGroup, Visibility> visibility) {

    public ProfileChanges {
        visibility = Map.copyOf(visibility);
    }

    /** Only the visibility of the groups named changes. */
    public static ProfileChanges visibilityOnly(Map<ProfileFieldGroup, Visibility> levels) {
        return new ProfileChanges(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                levels);
    }
}
