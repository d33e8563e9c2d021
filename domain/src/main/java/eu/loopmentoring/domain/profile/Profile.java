package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.shared.Enums;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a person tells about themselves as a professional. Version 0 is the profile of someone who
 * never saved one: empty, with the default visibilities.
 */
public record Profile(
        UUID personId,
        ProfessionalBackground background,
        List<LanguageSkill> languages,
        List<String> interests,
        List<String> ownTrainingNeeds,
        Optional<Availability> availability,
        Optional<String> bio,
        Set<MentoringPreference> mentoringPreferences,
        ProfileVisibility visibility,
        long version,
        Optional<Instant> updatedAt) {

    public Profile {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(visibility, "visibility");
        languages = List.copyOf(languages);
        interests = List.copyOf(interests);
        ownTrainingNeeds = List.copyOf(ownTrainingNeeds);
        mentoringPreferences = Enums.orderedSet(MentoringPreference.class, mentoringPreferences);
    }

    /** The profile of a person who has not filled it in yet: only the account's country is known. */
    public static Profile empty(UUID personId, String accountCountry) {
        return new Profile(
                personId,
                new ProfessionalBackground(
                        Optional.empty(), Optional.empty(), List.of(), Set.of(), Optional.of(accountCountry)),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                ProfileVisibility.DEFAULT,
                0,
                Optional.empty());
    }

    public boolean isSaved() {
        return version > 0;
    }

    /** The profile with the changes applied, at the same version (the store moves it on). */
    public Profile change(ProfileChanges changes, Instant now) {
        changes.languages().ifPresent(Profile::checkLanguages);
        ProfessionalBackground b = background;
        ProfessionalBackground changedBackground = new ProfessionalBackground(
                changes.careerStage().or(b::careerStage),
                changes.yearsOfExperience().or(b::yearsOfExperience),
                changes.subjects().orElse(b.subjects()),
                changes.schoolLevels().orElse(b.schoolLevels()),
                changes.country().or(b::country));
        return new Profile(
                personId,
                changedBackground,
                changes.languages().orElse(languages),
                changes.interests().orElse(interests),
                changes.ownTrainingNeeds().orElse(ownTrainingNeeds),
                changes.availability().or(() -> availability),
                changes.bio().isPresent() ? changes.bio().filter(text -> !text.isBlank()) : bio,
                changes.mentoringPreferences().orElse(mentoringPreferences),
                visibility.with(changes.visibility()),
                version,
                Optional.of(now));
    }

    private static void checkLanguages(List<LanguageSkill> languages) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            if (!seen.add(languages.get(i).language())) {
                errors.add(new FieldError(
                        "languages[" + i + "].language",
                        "lists " + languages.get(i).language() + " a second time; give each language once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
