package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The owner's choice of visibility for every field group. */
public record ProfileVisibility(Map<ProfileFieldGroup, Visibility> levels) {

    /**
     * Conservative: what helps a mentoring partner to know the person is shown to mentoring
     * partners; what tells where the person is weak (training needs) stays private.
     */
    public static final ProfileVisibility DEFAULT = new ProfileVisibility(Map.ofEntries(
            Map.entry(ProfileFieldGroup.PROFESSIONAL_BACKGROUND, Visibility.MENTORING_PARTNERS),
            Map.entry(ProfileFieldGroup.LANGUAGES, Visibility.MENTORING_PARTNERS),
            Map.entry(ProfileFieldGroup.INTERESTS, Visibility.MENTORING_PARTNERS),
            Map.entry(ProfileFieldGroup.TRAINING_NEEDS, Visibility.PRIVATE),
            Map.entry(ProfileFieldGroup.AVAILABILITY, Visibility.MENTORING_PARTNERS),
            Map.entry(ProfileFieldGroup.BIO, Visibility.MENTORING_PARTNERS),
            Map.entry(ProfileFieldGroup.MENTORING_PREFERENCES, Visibility.MENTORING_PARTNERS),
            Map.entry(ProfileFieldGroup.COMPETENCIES, Visibility.PRIVATE),
            Map.entry(ProfileFieldGroup.CULTURAL_BACKGROUND, Visibility.PRIVATE),
            Map.entry(ProfileFieldGroup.MOTIVATION, Visibility.PRIVATE),
            // a mentor follows their mentee's path with them; reflections and evidence stay out
            Map.entry(ProfileFieldGroup.LEARNING_PROGRESS, Visibility.MENTORING_PARTNERS)));

    public ProfileVisibility {
        EnumMap<ProfileFieldGroup, Visibility> complete = new EnumMap<>(ProfileFieldGroup.class);
        for (ProfileFieldGroup group : ProfileFieldGroup.values()) {
            complete.put(group, levels.getOrDefault(group, Visibility.PRIVATE));
        }
        levels = Collections.unmodifiableMap(complete);
    }

    private static final class Names {
        static String camelCase(ProfileFieldGroup group) {
            String[] words = group.name().toLowerCase(java.util.Locale.ROOT).split("_");
            StringBuilder name = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return name.toString();
        }
    }

    public Visibility of(ProfileFieldGroup group) {
        return levels.get(group);
    }

    /**
     * The groups present in {@code changes} take their new level; the others keep theirs.
     * Special-category groups go no wider than mentoring partners.
     */
    public ProfileVisibility with(Map<ProfileFieldGroup, Visibility> changes) {
        List<FieldError> errors = new ArrayList<>();
        changes.forEach((group, level) -> {
            if (group.isSpecialCategory() && level.compareTo(Visibility.MENTORING_PARTNERS) > 0) {
                errors.add(new FieldError(
                        "visibility." + Names.camelCase(group),
                        "is special-category data: show it at most to MENTORING_PARTNERS"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EnumMap<ProfileFieldGroup, Visibility> changed = new EnumMap<>(levels);
        changed.putAll(changes);
        return new ProfileVisibility(changed);
    }

    public Set<ProfileFieldGroup> visibleTo(ViewerRelation viewer) {
        return levels.entrySet().stream()
                .filter(e -> e.getValue().admits(viewer))
                .filter(e ->
                        !(viewer == ViewerRelation.PARTNER_CLIENT && e.getKey().isSpecialCategory()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(ProfileFieldGroup.class)));
    }
}
