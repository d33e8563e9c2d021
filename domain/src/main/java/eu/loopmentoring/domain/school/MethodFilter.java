package eu.loopmentoring.domain.school;

import java.util.Objects;
import java.util.Optional;

/** Narrows the toolbox to one level and/or one school dimension; empty means everything. */
public record MethodFilter(Optional<MethodLevel> level, Optional<SchoolDimension> dimension) {

    public static final MethodFilter ALL = new MethodFilter(Optional.empty(), Optional.empty());

    public MethodFilter {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(dimension, "dimension");
    }

    public boolean accepts(Method method) {
        return level.map(l -> l == method.level()).orElse(true)
                && dimension.map(method::addresses).orElse(true);
    }
}
