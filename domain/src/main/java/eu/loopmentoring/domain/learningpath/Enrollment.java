package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person working through one published version of a learning path. Every change to a step is
 * checked against the path's rules (dependencies, what each kind needs to be done), and after each
 * one the completion rule decides whether the path is completed: every required step done and at
 * least the rule's number of optional ones.
 *
 * @param steps the learner's record of each step, by key, in the path's order
 */
public record Enrollment(
        UUID id,
        UUID personId,
        LearningPath path,
        EnrollmentStatus status,
        Instant enrolledAt,
        Optional<Instant> completedAt,
        Optional<Instant> leftAt,
        Map<String, StepRecord> steps,
        long version) {

    public Enrollment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        completedAt = Objects.requireNonNullElse(completedAt, Optional.empty());
        leftAt = Objects.requireNonNullElse(leftAt, Optional.empty());
        Map<String, StepRecord> ordered = new LinkedHashMap<>();
        for (PathStep step : path.content().steps()) {
            ordered.put(step.key(), steps.getOrDefault(step.key(), StepRecord.NOT_STARTED));
        }
        steps = Collections.unmodifiableMap(ordered);
    }

    /** The person starts a published version, every step not started. */
    public static Enrollment start(LearningPath path, UUID personId, Instant now) {
        if (!path.isPublished()) {
            throw new RuleViolationException("A draft cannot be enrolled in; enrol in a published version.");
        }
        return new Enrollment(
                UUID.randomUUID(),
                personId,
                path,
                EnrollmentStatus.ACTIVE,
                now,
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                0);
    }

    public boolean isActive() {
        return status == EnrollmentStatus.ACTIVE;
    }

    public StepRecord record(String key) {
        return steps.get(key);
    }

    /** The steps this one waits for: those it depends on that are neither done nor skipped. */
    public List<String> waitingFor(PathStep step) {
        return step.dependsOn().stream()
                .filter(d -> !steps.get(d).status().settled())
                .toList();
    }

    public boolean locked(PathStep step) {
        return !waitingFor(step).isEmpty();
    }

    public EnrollmentProgress progress() {
        int requiredDone = 0;
        int requiredTotal = 0;
        int optionalDone = 0;
        for (PathStep step : path.content().steps()) {
            boolean done = steps.get(step.key()).status() == StepStatus.DONE;
            if (step.required()) {
                requiredTotal++;
                requiredDone += done ? 1 : 0;
            } else {
                optionalDone += done ? 1 : 0;
            }
        }
        return new EnrollmentProgress(
                requiredDone, requiredTotal, optionalDone, path.content().minimumOptionalSteps());
    }

    /**
     * The learner's change to one step, checked against the path's rules, with the completion rule
     * applied afterwards.
     *
     * @param assessedSinceEnrolling whether the learner has submitted a questionnaire response since
     *     they enrolled: what an {@code ASSESSMENT} step needs to be done
     */
    public Enrollment change(String key, StepChange change, boolean assessedSinceEnrolling, Instant now) {
        requireActive();
        PathStep step = path.content().step(key).orElseThrow(() -> new ObjectNotFoundException("step", key));
        StepRecord before = steps.get(key);
        Evidence evidence = change.evidence().orElse(before.evidence());
        Optional<String> reflection = change.reflection().isPresent() ? change.reflection() : before.reflection();
        StepStatus target = change.status();
        checkAllowed(step, target, evidence, reflection.filter(r -> !r.isBlank()), assessedSinceEnrolling);
        Optional<Instant> startedAt = target == StepStatus.NOT_STARTED
                ? Optional.empty()
                : before.startedAt().or(() -> Optional.of(now));
        Optional<Instant> doneAt =
                target == StepStatus.DONE ? before.doneAt().or(() -> Optional.of(now)) : Optional.empty();
        Map<String, StepRecord> changed = new LinkedHashMap<>(steps);
        changed.put(key, new StepRecord(target, evidence, reflection, startedAt, doneAt));
        Enrollment next = new Enrollment(id, personId, path, status, enrolledAt, completedAt, leftAt, changed, version);
        return next.progress().complete() ? next.completed(now) : next;
    }

    /** The learner leaves; what they did stays. */
    public Enrollment leave(Instant now) {
        requireActive();
        return new Enrollment(
                id, personId, path, EnrollmentStatus.LEFT, enrolledAt, completedAt, Optional.of(now), steps, version);
    }

    private Enrollment completed(Instant now) {
        return new Enrollment(
                id, personId, path, EnrollmentStatus.COMPLETED, enrolledAt, Optional.of(now), leftAt, steps, version);
    }

    private void checkAllowed(
            PathStep step, StepStatus target, Evidence evidence, Optional<String> reflection, boolean assessed) {
        String name = "Step " + step.key() + " (" + step.title() + ")";
        if ((target == StepStatus.IN_PROGRESS || target == StepStatus.DONE) && locked(step)) {
            throw new RuleViolationException(
                    name + " waits for " + String.join(", ", waitingFor(step)) + ": finish or skip those first.");
        }
        if (target == StepStatus.SKIPPED && step.required()) {
            throw new RuleViolationException(name + " is required and cannot be skipped.");
        }
        if (target != StepStatus.DONE) {
            return;
        }
        switch (step.kind()) {
            case REFLECTION -> {
                if (reflection.isEmpty()) {
                    throw new RuleViolationException(name + " is a reflection: send your answer to its prompt in"
                            + " reflection to mark it DONE.");
                }
            }
            case ACTIVITY -> {
                if (step.evidenceRequested() && evidence.isEmpty()) {
                    throw new RuleViolationException(
                            name + " asks for evidence: send evidence.text or" + " evidence.links to mark it DONE.");
                }
            }
            case ASSESSMENT -> {
                if (!assessed) {
                    throw new RuleViolationException(name + " is done by answering the profile questionnaire again:"
                            + " submit a questionnaire response (POST /api/v1/me/questionnaire-responses), then mark it"
                            + " DONE.");
                }
            }
            case RESOURCE, MENTORING, METHOD -> {
                // done on the learner's word
            }
        }
    }

    private void requireActive() {
        if (!isActive()) {
            throw new RuleViolationException("This enrollment is " + status + " and no longer changes; to start the"
                    + " path again, enrol again (POST /api/v1/me/enrollments).");
        }
    }
}
