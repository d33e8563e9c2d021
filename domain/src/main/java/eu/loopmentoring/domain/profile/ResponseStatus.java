package eu.loopmentoring.domain.profile;

public enum ResponseStatus {
    DRAFT,
    /** Final: its answers and scores never change, except that withdrawn consent erases some of them. */
    SUBMITTED
}
