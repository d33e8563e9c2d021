package eu.loopmentoring.domain.questionnaire;

/** A draft is prepared by administrators and seen only by them; a published version never changes. */
public enum QuestionnaireStatus {
    DRAFT,
    PUBLISHED
}
