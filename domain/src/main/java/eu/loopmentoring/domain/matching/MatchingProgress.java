package eu.loopmentoring.domain.matching;

/** Told how far a batch run is, so that a job can report progress; called on the run's thread. */
@FunctionalInterface
public interface MatchingProgress {

    MatchingProgress NONE = (phase, done, total) -> {};

    enum Phase {
        /** Filtering and scoring every request against every offer, keeping the best candidates. */
        SCORING,
        /** Assigning requests to offers. */
        ASSIGNING,
        /** Checking the assignment against every feasible pair: optimality, blocking pairs, reasons. */
        CHECKING
    }

    void report(Phase phase, long done, long total);
}
