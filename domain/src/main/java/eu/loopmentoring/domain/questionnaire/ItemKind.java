package eu.loopmentoring.domain.questionnaire;

/** How an item is answered. */
public enum ItemKind {
    /** Agreement from 1 (strongly disagree) to 5 (strongly agree). */
    LIKERT,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    FREE_TEXT;

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
