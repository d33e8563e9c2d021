package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.learningpath.StepTargets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The resources and methods that steps point to, as sets a test fills. */
public final class FakeStepTargets implements StepTargets {

    public final Set<UUID> publishedResources = new HashSet<>();
    public final Set<UUID> methods = new HashSet<>();

    @Override
    public Set<UUID> publishedResources(Set<UUID> ids) {
        return ids.stream().filter(publishedResources::contains).collect(Collectors.toSet());
    }

    @Override
    public Set<UUID> existingMethods(Set<UUID> ids) {
        return ids.stream().filter(methods::contains).collect(Collectors.toSet());
    }
}
