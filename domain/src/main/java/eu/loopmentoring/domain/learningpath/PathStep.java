package eu.loopmentoring.domain.learningpath;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One step of a learning path as its authors wrote it. Each kind carries what it needs: a resource,
 * a method, a prompt; the checks that span steps live in {@link PathContent}.
 *
 * @param dependsOn keys of earlier steps that must be settled before this one starts
 */
public record PathStep(
        String key,
        StepKind kind,
        String title,
        String instructions,
        boolean required,
        Optional<String> module,
        List<String> dependsOn,
        Optional<UUID> resourceId,
        Optional<UUID> methodId,
        Optional<String> prompt,
        boolean evidenceRequested) {

    public PathStep {
        Objects.requireNonNull(kind, "kind");
        instructions = instructions == null ? "" : instructions;
        module = Objects.requireNonNullElse(module, Optional.empty());
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        resourceId = Objects.requireNonNullElse(resourceId, Optional.empty());
        methodId = Objects.requireNonNullElse(methodId, Optional.empty());
        prompt = Objects.requireNonNullElse(prompt, Optional.empty());
    }

    public boolean optional() {
        return !required;
    }
}
