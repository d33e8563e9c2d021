package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.shared.Enums;
import eu.loopmentoring.domain.shared.TargetGroup;
import java.util.Set;

/** Whom a resource is meant for (LRMI {@code educationalAudience}, {@code educationalLevel}). */
public record Audience(Set<TargetGroup> targetGroups, Set<CareerStage> careerStages, Set<IscedLevel> schoolLevels) {

    public static final Audience EVERYONE = new Audience(Set.of(), Set.of(), Set.of());

    public Audience {
        targetGroups = Enums.orderedSet(TargetGroup.class, targetGroups == null ? Set.of() : targetGroups);
        careerStages = Enums.orderedSet(CareerStage.class, careerStages == null ? Set.of() : careerStages);
        schoolLevels = Enums.orderedSet(IscedLevel.class, schoolLevels == null ? Set.of() : schoolLevels);
    }
}
