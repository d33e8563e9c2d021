package eu.loopmentoring.domain.profile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The owner's choice of visibility for every field group. */
public record ProfileVisibility(Map<ProfileFieldGroup, Visibility> levels) {

    /**
     * Conservative: what helps a mentoring partner to know the person is shown to mentoring
     * partners; what tells where the person is weak (training needs) stays private.
     */
    public static final ProfileVisibility DEFAULT = new ProfileVisibility(Map.of(
            ProfileFieldGroup.PROFESSIONAL_BACKGROUND, Visibility.MENTORING_PARTNERS,
            ProfileFieldGroup.LANGUAGES, Visibility.MENTORING_PARTNERS,
            ProfileFieldGroup.INTERESTS, Visibility.MENTORING_PARTNERS,
            ProfileFieldGroup.TRAINING_NEEDS, Visibility.PRIVATE,
            ProfileFieldGroup.AVAILABILITY, Visibility.MENTORING_PARTNERS,
            ProfileFieldGroup.BIO, Visibility.MENTORING_PARTNERS,
            ProfileFieldGroup.MENTORING_PREFERENCES, Visibility.MENTORING_PARTNERS));

    public ProfileVisibility {
        EnumMap<ProfileFieldGroup, Visibility> complete = new EnumMap<>(ProfileFieldGroup.class);
        for (ProfileFieldGroup group : ProfileFieldGroup.values()) {
            complete.put(group, levels.getOrDefault(group, Visibility.PRIVATE));
        }
        levels = Collections.unmodifiableMap(complete);
    }

    public Visibility of(ProfileFieldGroup group) {
        return levels.get(group);
    }

    /** The groups present in {@code changes} take their new level; the others keep theirs. */
    public ProfileVisibility with(Map<ProfileFieldGroup, Visibility> changes) {
        EnumMap<ProfileFieldGroup, Visibility> changed = new EnumMap<>(levels);
        changed.putAll(changes);
        return new ProfileVisibility(changed);
    }

    public Set<ProfileFieldGroup> visibleTo(ViewerRelation viewer) {
        return levels.entrySet().stream()
                .filter(e -> e.getValue().admits(viewer))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(ProfileFieldGroup.class)));
    }
}
