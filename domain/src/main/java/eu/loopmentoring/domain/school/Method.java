package eu.loopmentoring.domain.school;

import eu.loopmentoring.domain.shared.Enums;
import eu.loopmentoring.domain.shared.TargetGroup;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An entry of the iHub4Schools toolbox: a tool, framework, programme or workshop format that
 * supports the mentoring of schools towards whole-school digital innovation through peer
 * learning. Mentors and school staff choose methods together.
 */
public record Method(
        UUID id,
        String name,
        MethodKind kind,
        MethodLevel level,
        String summary,
        String description,
        Set<TargetGroup> targetGroups,
        TypicalDuration typicalDuration,
        Set<SchoolDimension> dimensions,
        Set<ProcessStep> processSteps,
        long version) {

    public Method {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(typicalDuration, "typicalDuration");
        targetGroups = Enums.orderedSet(TargetGroup.class, targetGroups);
        dimensions = Enums.orderedSet(SchoolDimension.class, dimensions);
        processSteps = Enums.orderedSet(ProcessStep.class, processSteps);
    }

    public boolean addresses(SchoolDimension dimension) {
        return dimensions.contains(dimension);
    }
}
