package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.AgreementGoal;
import eu.loopmentoring.domain.mentoring.AgreementTerms;
import eu.loopmentoring.domain.mentoring.CheckIn;
import eu.loopmentoring.domain.mentoring.CheckInAnswers;
import eu.loopmentoring.domain.mentoring.ClosingFeedback;
import eu.loopmentoring.domain.mentoring.MentoringAgreement;
import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.domain.mentoring.MentoringSession;
import eu.loopmentoring.domain.mentoring.MentoringTask;
import eu.loopmentoring.domain.mentoring.PrivateNote;
import eu.loopmentoring.domain.mentoring.TaskComment;
import eu.loopmentoring.persistence.shared.NullableColumns;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/**
 * What happens inside relationships, rows to domain records and back. Enumerations are stored by
 * name; an agreement's goals are {@link MentoringAgreementEntity.GoalDocument}s in a JSON column.
 */
@Mapper(uses = NullableColumns.class)
public interface MentoringContentMapper {

    @Mapping(target = "terms", source = ".")
    @Mapping(target = "members", expression = "java(java.util.Map.of())")
    MentoringAgreement toDomain(MentoringAgreementEntity entity);

    AgreementTerms terms(MentoringAgreementEntity entity);

    AgreementGoal toDomain(MentoringAgreementEntity.GoalDocument goal);

    MentoringAgreementEntity.GoalDocument toDocument(AgreementGoal goal);

    @Mapping(target = "goals", source = "terms.goals")
    @Mapping(target = "expectedDurationMonths", source = "terms.expectedDurationMonths")
    @Mapping(target = "meetingFrequency", source = "terms.meetingFrequency")
    @Mapping(target = "checkInIntervalWeeks", source = "terms.checkInIntervalWeeks")
    @Mapping(target = "confirmations", ignore = true)
    @Mapping(target = "version", ignore = true)
    void copy(MentoringAgreement agreement, @MappingTarget MentoringAgreementEntity entity);

    /**
     * The confirmations change in place, the collection being the rows Hibernate tracks. Only what
     * changed is touched: Hibernate takes any write to the collection (a put of an equal value, a
     * retainAll) for a change, and moves the version.
     */
    @AfterMapping
    default void confirmations(MentoringAgreement agreement, @MappingTarget MentoringAgreementEntity entity) {
        Map<UUID, Instant> stored = entity.getConfirmations();
        stored.keySet().stream()
                .filter(person -> !agreement.confirmations().containsKey(person))
                .toList()
                .forEach(stored::remove);
        agreement.confirmations().forEach((person, at) -> {
            if (!at.equals(stored.get(person))) {
                stored.put(person, at);
            }
        });
    }

    MentoringGoal toDomain(MentoringGoalEntity entity);

    @Mapping(target = "version", ignore = true)
    void copy(MentoringGoal goal, @MappingTarget MentoringGoalEntity entity);

    MentoringSession toDomain(MentoringSessionEntity entity);

    @Mapping(target = "version", ignore = true)
    void copy(MentoringSession session, @MappingTarget MentoringSessionEntity entity);

    MentoringTask toDomain(MentoringTaskEntity entity);

    @Mapping(target = "version", ignore = true)
    void copy(MentoringTask task, @MappingTarget MentoringTaskEntity entity);

    PrivateNote toDomain(PrivateNoteEntity entity);

    @Mapping(target = "sessionId", ignore = true)
    @Mapping(target = "authorId", ignore = true)
    void copy(PrivateNote note, @MappingTarget PrivateNoteEntity entity);

    ClosingFeedback toDomain(ClosingFeedbackEntity entity);

    void copy(ClosingFeedback feedback, @MappingTarget ClosingFeedbackEntity entity);

    TaskComment toDomain(TaskCommentEntity entity);

    TaskCommentEntity toEntity(TaskComment comment);

    @Mapping(target = "answers", source = ".")
    CheckIn toDomain(CheckInEntity entity);

    CheckInAnswers answers(CheckInEntity entity);

    @Mapping(target = "progressOnGoals", source = "answers.progressOnGoals")
    @Mapping(target = "usefulMeetings", source = "answers.usefulMeetings")
    @Mapping(target = "feelSupported", source = "answers.feelSupported")
    @Mapping(target = "goodCommunication", source = "answers.goodCommunication")
    @Mapping(target = "comment", source = "answers.comment")
    CheckInEntity toEntity(CheckIn checkIn);
}
