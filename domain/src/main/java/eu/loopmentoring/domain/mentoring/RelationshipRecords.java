package eu.loopmentoring.domain.mentoring;

import java.util.List;

/**
 * What happened inside a person's relationships, for their export: the agreements, goals,
 * sessions and tasks they share with the other participant, the task comments and check-ins they wrote, and
 * their own private notes and feedback.
 */
public record RelationshipRecords(
        List<MentoringAgreement> agreements,
        List<MentoringGoal> goals,
        List<MentoringSession> sessions,
        List<MentoringTask> tasks,
        List<TaskComment> taskComments,
        List<CheckIn> checkIns,
        List<PrivateNote> privateNotes,
        List<ClosingFeedback> feedback) {}
