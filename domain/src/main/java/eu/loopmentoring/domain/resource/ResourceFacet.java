package eu.loopmentoring.domain.resource;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters of the listing of published resources, each also a facet: its values are counted
 * for a search form. A resource has one value of a scalar facet (type, country, licence) and any
 * number of the others; a filter keeps the resources that have its value.
 */
public enum ResourceFacet {
    TYPE,
    LANGUAGE,
    TARGET_GROUP,
    CAREER_STAGE,
    SCHOOL_LEVEL,
    PROFILE_DIMENSION,
    SCHOOL_DIMENSION,
    TOPIC,
    COUNTRY,
    LICENCE;

    /** The resource's values of this facet, as the filter names them (enum names, codes, slugs). */
    public Set<String> valuesOf(ResourceMetadata m) {
        return switch (this) {
            case TYPE -> Set.of(m.type().name());
            case LANGUAGE -> Set.copyOf(m.languages());
            case TARGET_GROUP -> names(m.audience().targetGroups());
            case CAREER_STAGE -> names(m.audience().careerStages());
            case SCHOOL_LEVEL -> names(m.audience().schoolLevels());
            case PROFILE_DIMENSION -> names(m.profileDimensions());
            case SCHOOL_DIMENSION -> names(m.schoolDimensions());
            case TOPIC -> Set.copyOf(m.topics());
            case COUNTRY -> m.country().map(Set::of).orElse(Set.of());
            case LICENCE -> Optional.ofNullable(m.licence()).map(Set::of).orElse(Set.of());
        };
    }

    private static Set<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
