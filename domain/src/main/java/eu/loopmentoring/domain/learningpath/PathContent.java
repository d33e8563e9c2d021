package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.resource.Audience;
import eu.loopmentoring.domain.resource.CatalogueRules;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.Enums;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the authors say about a learning path, checked as a whole: every field that breaks a rule is
 * named at once ({@code steps[2].resourceId}), so that an editor can mark them all. The metadata
 * is the resource bank's, so that paths and resources are found with the same filters.
 */
public record PathContent(
        String title,
        String summary,
        List<String> languages,
        Audience audience,
        Set<ProfileDimension> profileDimensions,
        Set<SchoolDimension> schoolDimensions,
        List<String> topics,
        Optional<Integer> estimatedHours,
        PathVisibility visibility,
        Optional<UUID> coalitionId,
        Optional<UUID> organizationId,
        List<PathStep> steps,
        int minimumOptionalSteps) {

    public static final int MAX_HOURS = 1000;
    public static final int MAX_STEPS = 100;
    public static final int MAX_STEP_TITLE = 200;
    public static final int MAX_INSTRUCTIONS = 4000;
    public static final int MAX_PROMPT = 2000;
    public static final int MAX_MODULE = 100;

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public PathContent {
        title = title == null ? null : title.strip();
        summary = summary == null ? "" : summary;
        languages = languages == null ? List.of() : List.copyOf(languages);
        audience = audience == null ? Audience.EVERYONE : audience;
        profileDimensions =
                Enums.orderedSet(ProfileDimension.class, profileDimensions == null ? Set.of() : profileDimensions);
        schoolDimensions =
                Enums.orderedSet(SchoolDimension.class, schoolDimensions == null ? Set.of() : schoolDimensions);
        topics = topics == null ? List.of() : List.copyOf(topics);
        estimatedHours = Objects.requireNonNullElse(estimatedHours, Optional.empty());
        coalitionId = Objects.requireNonNullElse(coalitionId, Optional.empty());
        organizationId = Objects.requireNonNullElse(organizationId, Optional.empty());
        steps = steps == null ? List.of() : List.copyOf(steps);
        List<FieldError> errors = new ArrayList<>();
        metadataViolations(title, summary, languages, topics, estimatedHours, errors);
        ownerViolations(visibility, coalitionId, organizationId, errors);
        stepViolations(steps, minimumOptionalSteps, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The owning community, if any: a coalition or an organisation. */
    public boolean ownedByCommunity() {
        return coalitionId.isPresent() || organizationId.isPresent();
    }

    public Optional<PathStep> step(String key) {
        return steps.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The same content, now owned by what {@code owner} is owned by: an edit cannot move a path. */
    public PathContent ownedAs(PathContent owner) {
        return new PathContent(
                title,
                summary,
                languages,
                audience,
                profileDimensions,
                schoolDimensions,
                topics,
                estimatedHours,
                visibility,
                owner.coalitionId,
                owner.organizationId,
                steps,
                minimumOptionalSteps);
    }

    /**
     * What stops this content from being published, one sentence each: a path needs a step, enough
     * optional steps for its rule, and resources and methods that exist for everyone now.
     */
    public List<String> publicationProblems(Set<UUID> publishedResources, Set<UUID> existingMethods) {
        List<String> problems = new ArrayList<>();
        if (steps.isEmpty()) {
            problems.add("A path needs at least one step.");
        }
        long optional = steps.stream().filter(PathStep::optional).count();
        if (optional < minimumOptionalSteps) {
            problems.add(
                    "The rule asks for " + minimumOptionalSteps + " optional steps but the path has " + optional + ".");
        }
        for (PathStep step : steps) {
            step.resourceId()
                    .filter(id -> !publishedResources.contains(id))
                    .ifPresent(id -> problems.add(
                            "Step " + step.key() + ": resource " + id + " is not a published resource of the bank."));
            step.methodId()
                    .filter(id -> !existingMethods.contains(id))
                    .ifPresent(id ->
                            problems.add("Step " + step.key() + ": method " + id + " is not a method of the toolbox."));
        }
        return problems;
    }

    private static void metadataViolations(
            String title,
            String summary,
            List<String> languages,
            List<String> topics,
            Optional<Integer> hours,
            List<FieldError> errors) {
        CatalogueRules.title(title, errors);
        CatalogueRules.summary(summary, errors);
        CatalogueRules.languages(languages, errors);
        CatalogueRules.topics(topics, errors);
        if (hours.isPresent() && (hours.get() < 1 || hours.get() > MAX_HOURS)) {
            errors.add(new FieldError("estimatedHours", "must be between 1 and " + MAX_HOURS));
        }
    }

    private static void ownerViolations(
            PathVisibility visibility, Optional<UUID> coalition, Optional<UUID> organization, List<FieldError> errors) {
        if (visibility == null) {
            errors.add(new FieldError("visibility", "is required"));
        }
        if (coalition.isPresent() && organization.isPresent()) {
            errors.add(new FieldError("organizationId", "must be absent when coalitionId names the owner"));
        } else if (visibility == PathVisibility.MEMBERS && coalition.isEmpty() && organization.isEmpty()) {
            errors.add(new FieldError(
                    "visibility", "can be MEMBERS only for a path owned by a coalition or an organization"));
        } else if (visibility == PathVisibility.PERSONAL && (coalition.isPresent() || organization.isPresent())) {
            errors.add(new FieldError("visibility", "cannot be PERSONAL for a path owned by a community"));
        }
    }

    private static void stepViolations(List<PathStep> steps, int minimumOptional, List<FieldError> errors) {
        if (steps.size() > MAX_STEPS) {
            errors.add(new FieldError("steps", "must have at most " + MAX_STEPS + " steps"));
            return;
        }
        if (minimumOptional < 0 || minimumOptional > MAX_STEPS) {
            errors.add(new FieldError("minimumOptionalSteps", "must be between 0 and " + MAX_STEPS));
        }
        Set<String> earlier = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            PathStep step = steps.get(i);
            String at = "steps[" + i + "].";
            if (step.key() == null
                    || step.key().length() > 40
                    || !KEY.matcher(step.key()).matches()) {
                errors.add(new FieldError(at + "key", "must be 1 to 40 lower-case letters, digits and hyphens"));
            } else if (earlier.contains(step.key())) {
                errors.add(new FieldError(at + "key", "is already the key of an earlier step"));
            }
            if (step.title() == null || step.title().isBlank() || step.title().length() > MAX_STEP_TITLE) {
                errors.add(new FieldError(at + "title", "must have 1 to " + MAX_STEP_TITLE + " characters"));
            }
            if (step.instructions().length() > MAX_INSTRUCTIONS) {
                errors.add(
                        new FieldError(at + "instructions", "must have at most " + MAX_INSTRUCTIONS + " characters"));
            }
            if (step.module()
                    .filter(m -> m.isBlank() || m.length() > MAX_MODULE)
                    .isPresent()) {
                errors.add(new FieldError(at + "module", "must have 1 to " + MAX_MODULE + " characters"));
            }
            List<String> unknown =
                    step.dependsOn().stream().filter(d -> !earlier.contains(d)).toList();
            if (!unknown.isEmpty()) {
                errors.add(new FieldError(
                        at + "dependsOn", "must name earlier steps only; not earlier: " + String.join(", ", unknown)));
            }
            kindViolations(step, at, errors);
            if (step.key() != null) {
                earlier.add(step.key());
            }
        }
    }

    private static void kindViolations(PathStep step, String at, List<FieldError> errors) {
        boolean resource = step.kind() == StepKind.RESOURCE;
        boolean method = step.kind() == StepKind.METHOD;
        boolean reflection = step.kind() == StepKind.REFLECTION;
        if (resource != step.resourceId().isPresent()) {
            errors.add(new FieldError(
                    at + "resourceId",
                    resource ? "is required for a RESOURCE step" : "belongs to RESOURCE steps only"));
        }
        if (method != step.methodId().isPresent()) {
            errors.add(new FieldError(
                    at + "methodId", method ? "is required for a METHOD step" : "belongs to METHOD steps only"));
        }
        if (reflection != step.prompt().isPresent()) {
            errors.add(new FieldError(
                    at + "prompt",
                    reflection ? "is required for a REFLECTION step" : "belongs to REFLECTION steps only"));
        } else if (step.prompt()
                .filter(p -> p.isBlank() || p.length() > MAX_PROMPT)
                .isPresent()) {
            errors.add(new FieldError(at + "prompt", "must have 1 to " + MAX_PROMPT + " characters"));
        }
        if (step.evidenceRequested() && step.kind() != StepKind.ACTIVITY) {
            errors.add(new FieldError(at + "evidenceRequested", "belongs to ACTIVITY steps only"));
        }
    }
}
