package eu.loopmentoring.domain.profile;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A profile as one viewer may see it: the groups in {@code visible} are shown, the others are not
 * (the profile still carries them; the API leaves them out).
 */
public record ProfileView(
        UUID personId, String displayName, ViewerRelation relation, Set<ProfileFieldGroup> visible, Profile profile) {

    public ProfileView {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(relation, "relation");
        visible = Set.copyOf(visible);
    }

    public boolean shows(ProfileFieldGroup group) {
        return visible.contains(group);
    }
}
