package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.shared.Enums;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where and what a person teaches, and for how long they have. */
public record ProfessionalBackground(
        Optional<CareerStage> careerStage,
        Optional<Integer> yearsOfExperience,
        List<String> subjects,
        Set<IscedLevel> schoolLevels,
        Optional<String> country) {

    public static final ProfessionalBackground NONE =
            new ProfessionalBackground(Optional.empty(), Optional.empty(), List.of(), Set.of(), Optional.empty());

    public ProfessionalBackground {
        subjects = List.copyOf(subjects);
        schoolLevels = Enums.orderedSet(IscedLevel.class, schoolLevels);
    }
}
