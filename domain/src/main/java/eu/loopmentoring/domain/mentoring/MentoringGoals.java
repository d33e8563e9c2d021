package eu.loopmentoring.domain.mentoring;

/** The goals tracked in relationships, oldest first. */
public interface MentoringGoals extends RelationshipItems<MentoringGoal> {}
