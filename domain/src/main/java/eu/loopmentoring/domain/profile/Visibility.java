package eu.loopmentoring.domain.profile;

/** Who may see a field group; each level admits the viewers of the levels before it. */
public enum Visibility {
    PRIVATE,
    MENTORING_PARTNERS,
    COALITION_MEMBERS,
    ALL_MEMBERS;

    public boolean admits(ViewerRelation viewer) {
        return switch (viewer) {
            case OWNER -> true;
            case MENTORING_PARTNER -> this != PRIVATE;
            case COALITION_MEMBER -> this == COALITION_MEMBERS || this == ALL_MEMBERS;
            case MEMBER, PARTNER_CLIENT -> this == ALL_MEMBERS;
        };
    }
}
