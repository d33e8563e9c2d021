package eu.loopmentoring.domain.mentoring;

import java.util.List;

/**
 * What happened inside a person's relationships, for their export: the agreements, goals and
 * sessions they share with the other participant, and their own private notes and feedback.
 */
public record RelationshipRecords(
        List<MentoringAgreement> agreements,
        List<MentoringGoal> goals,
        List<MentoringSession> sessions,
        List<PrivateNote> privateNotes,
        List<ClosingFeedback> feedback) {}
