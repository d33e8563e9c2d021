package eu.loopmentoring.domain.learningpath;

/** What a step of a learning path asks the learner to do. */
public enum StepKind {
    /** Use a published resource of the bank. */
    RESOURCE,
    /** Do something, following the instructions, with evidence when asked. */
    ACTIVITY,
    /** Answer a prompt in text. */
    REFLECTION,
    /** Something to do with one's mentor: a goal or a session in a running relationship. */
    MENTORING,
    /** Work with a method of the whole-school toolbox. */
    METHOD,
    /** Answer the profile questionnaire again, to measure the change. */
    ASSESSMENT
}
