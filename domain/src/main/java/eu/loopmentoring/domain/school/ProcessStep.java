package eu.loopmentoring.domain.school;

/** The seven steps of the iHub4Schools dynamic process model, in their usual order; none is mandatory. */
public enum ProcessStep {
    INITIATIVE,
    ANCHORING_MEETINGS,
    JOINT_PLANNING,
    MAPPING_NEEDS,
    NEW_PERSPECTIVES,
    DEVELOPMENT_ACTIONS,
    REFLECTION
}
