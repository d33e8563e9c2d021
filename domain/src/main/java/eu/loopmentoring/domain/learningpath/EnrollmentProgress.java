package eu.loopmentoring.domain.learningpath;

/** Where a learner stands against the path's completion rule. */
public record EnrollmentProgress(int requiredDone, int requiredTotal, int optionalDone, int optionalNeeded) {

    public boolean complete() {
        return requiredDone == requiredTotal && optionalDone >= optionalNeeded;
    }
}
