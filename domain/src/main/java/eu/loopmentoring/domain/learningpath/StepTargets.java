package eu.loopmentoring.domain.learningpath;

import java.util.Set;
import java.util.UUID;

/** What steps point to outside the paths: resources of the bank and methods of the toolbox. */
public interface StepTargets {

    /** Those of {@code ids} that are published resources now. */
    Set<UUID> publishedResources(Set<UUID> ids);

    /** Those of {@code ids} that are methods of the toolbox. */
    Set<UUID> existingMethods(Set<UUID> ids);
}
