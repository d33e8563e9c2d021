package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.questionnaire.Answer;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A profile as one viewer may see it: the groups in {@code visible} are shown, the others are not
 * (the profile still carries them; the API leaves them out).
 */
public record ProfileView(
        UUID personId,
        String displayName,
        ViewerRelation relation,
        Set<ProfileFieldGroup> visible,
        Profile profile,
        Optional<CompetencyProfile> competencies,
        List<String> questionnaireTrainingNeeds,
        List<Answer> culturalBackground) {

    public ProfileView {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(relation, "relation");
        visible = Set.copyOf(visible);
        Objects.requireNonNull(competencies, "competencies");
        questionnaireTrainingNeeds = List.copyOf(questionnaireTrainingNeeds);
        culturalBackground = List.copyOf(culturalBackground);
    }

    /**
     * The scores this viewer may see: motivation with the motivation group, the others with the
     * competencies group; empty when they may see none.
     */
    public Optional<CompetencyProfile> visibleCompetencies() {
        boolean scores = shows(ProfileFieldGroup.COMPETENCIES);
        boolean motivation = shows(ProfileFieldGroup.MOTIVATION);
        if (!scores && !motivation) {
            return Optional.empty();
        }
        return competencies.map(c -> c.only(d -> d == ProfileDimension.MOTIVATION ? motivation : scores));
    }

    public boolean shows(ProfileFieldGroup group) {
        return visible.contains(group);
    }
}
