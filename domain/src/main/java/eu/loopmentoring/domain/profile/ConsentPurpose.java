package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.shared.ProfileDimension;

/** What a person's explicit consent allows: keeping their answers on one special-category dimension. */
public enum ConsentPurpose {
    CULTURAL_BACKGROUND(ProfileDimension.CULTURAL_BACKGROUND),
    MOTIVATION(ProfileDimension.MOTIVATION);

    private final ProfileDimension dimension;

    ConsentPurpose(ProfileDimension dimension) {
        this.dimension = dimension;
    }

    public ProfileDimension dimension() {
        return dimension;
    }

    /** The purpose whose consent covers answers on {@code dimension}, if it is special-category data. */
    public static java.util.Optional<ConsentPurpose> covering(ProfileDimension dimension) {
        return java.util.Arrays.stream(values())
                .filter(p -> p.dimension == dimension)
                .findFirst();
    }
}
