package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.api.platform.mapping.PageMapping;
import eu.loopmentoring.domain.mentoring.AgreementTerms;
import eu.loopmentoring.domain.mentoring.CheckIn;
import eu.loopmentoring.domain.mentoring.CheckInAnswers;
import eu.loopmentoring.domain.mentoring.CheckInView;
import eu.loopmentoring.domain.mentoring.ClosingFeedback;
import eu.loopmentoring.domain.mentoring.GoalChanges;
import eu.loopmentoring.domain.mentoring.GoalStatus;
import eu.loopmentoring.domain.mentoring.MeetingFrequency;
import eu.loopmentoring.domain.mentoring.MentoringAgreement;
import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.domain.mentoring.MentoringSession;
import eu.loopmentoring.domain.mentoring.MentoringTask;
import eu.loopmentoring.domain.mentoring.PrivateNote;
import eu.loopmentoring.domain.mentoring.RelationshipRecords;
import eu.loopmentoring.domain.mentoring.SessionChanges;
import eu.loopmentoring.domain.mentoring.SessionStatus;
import eu.loopmentoring.domain.mentoring.Side;
import eu.loopmentoring.domain.mentoring.TaskChanges;
import eu.loopmentoring.domain.mentoring.TaskComment;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.openapi.v1.model.MentoringAgreementConfirmationDto;
import eu.loopmentoring.openapi.v1.model.MentoringAgreementDto;
import eu.loopmentoring.openapi.v1.model.MentoringAgreementTermsDto;
import eu.loopmentoring.openapi.v1.model.MentoringCheckInDto;
import eu.loopmentoring.openapi.v1.model.MentoringCheckInListDto;
import eu.loopmentoring.openapi.v1.model.MentoringExportDto;
import eu.loopmentoring.openapi.v1.model.MentoringFeedbackDto;
import eu.loopmentoring.openapi.v1.model.MentoringGoalChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringGoalDto;
import eu.loopmentoring.openapi.v1.model.MentoringGoalListDto;
import eu.loopmentoring.openapi.v1.model.MentoringGoalStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringMeetingFrequencyDto;
import eu.loopmentoring.openapi.v1.model.MentoringPrivateNoteDto;
import eu.loopmentoring.openapi.v1.model.MentoringSessionChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringSessionDto;
import eu.loopmentoring.openapi.v1.model.MentoringSessionListDto;
import eu.loopmentoring.openapi.v1.model.MentoringSessionStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringTaskChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringTaskCommentDto;
import eu.loopmentoring.openapi.v1.model.MentoringTaskCommentListDto;
import eu.loopmentoring.openapi.v1.model.MentoringTaskDto;
import eu.loopmentoring.openapi.v1.model.MentoringTaskListDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringCheckInDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringSessionDto;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.ValueMapping;

/**
 * What happens inside a relationship, on the wire. Enumerations carry the same names on both sides;
 * a check-in's side is left out for peers, whose side the contract does not name.
 */
@Mapper(uses = {DtoConversions.class, MentoringDtoMapper.class})
public interface MentoringContentDtoMapper {

    default MentoringAgreementDto toDto(MentoringAgreement agreement) {
        return toDto(agreement, agreement.confirmedAt(Side.MENTOR), agreement.confirmedAt(Side.MENTEE));
    }

    @Mapping(target = ".", source = "agreement.terms")
    @Mapping(target = "confirmations", expression = "java(confirmations(agreement))")
    @Mapping(target = "confirmed", expression = "java(agreement.isConfirmed())")
    MentoringAgreementDto toDto(
            MentoringAgreement agreement, Optional<Instant> mentorConfirmedAt, Optional<Instant> menteeConfirmedAt);

    AgreementTerms toDomain(MentoringAgreementTermsDto dto);

    MentoringGoalDto toDto(MentoringGoal goal);

    /** Absent properties (null in the DTO) stay as they are. */
    GoalChanges toDomain(MentoringGoalChangesDto dto);

    MentoringSessionDto toDto(MentoringSession session);

    /** Absent properties (null in the DTO) stay as they are. */
    SessionChanges toDomain(MentoringSessionChangesDto dto);

    @Mapping(target = "done", expression = "java(task.isDone())")
    MentoringTaskDto toDto(MentoringTask task);

    /** Absent properties (null in the DTO) stay as they are. */
    TaskChanges toDomain(MentoringTaskChangesDto dto);

    MentoringTaskCommentDto toDto(TaskComment comment);

    @Mapping(target = ".", source = "answers")
    MentoringCheckInDto toDto(CheckIn checkIn);

    @PageMapping
    MentoringGoalListDto goals(Page<MentoringGoal> page, String next);

    @PageMapping
    MentoringSessionListDto sessions(Page<MentoringSession> page, String next);

    @PageMapping
    MentoringTaskListDto tasks(Page<MentoringTask> page, String next);

    @PageMapping
    MentoringTaskCommentListDto comments(Page<TaskComment> page, String next);

    @Mapping(target = "items", source = "view.page.items")
    @Mapping(target = "next", source = "next")
    MentoringCheckInListDto checkIns(CheckInView view, String next);

    CheckInAnswers toDomain(NewMentoringCheckInDto dto);

    MentoringPrivateNoteDto toDto(PrivateNote note);

    MentoringFeedbackDto toDto(ClosingFeedback feedback);

    /** Adds what happened inside the person's relationships to their mentoring export. */
    @Mapping(target = "offer", ignore = true)
    @Mapping(target = "requests", ignore = true)
    @Mapping(target = "proposals", ignore = true)
    @Mapping(target = "relationships", ignore = true)
    MentoringExportDto fill(@MappingTarget MentoringExportDto export, RelationshipRecords records);

    MentoringAgreementConfirmationDto confirmation(UUID personId, Instant confirmedAt);

    /** The confirmations of the agreement's current members, oldest first. */
    default List<MentoringAgreementConfirmationDto> confirmations(MentoringAgreement agreement) {
        return agreement.confirmations().entrySet().stream()
                .filter(c -> agreement.members().containsKey(c.getKey()))
                .sorted(Map.Entry.comparingByValue())
                .map(c -> confirmation(c.getKey(), c.getValue()))
                .toList();
    }

    MentoringMeetingFrequencyDto toDto(MeetingFrequency frequency);

    MeetingFrequency toDomain(MentoringMeetingFrequencyDto frequency);

    MentoringGoalStatusDto toDto(GoalStatus status);

    GoalStatus toDomain(MentoringGoalStatusDto status);

    MentoringSessionStatusDto toDto(SessionStatus status);

    SessionStatus toDomain(MentoringSessionStatusDto status);

    /** A new session without a status is planned. */
    @ValueMapping(source = MappingConstants.NULL, target = "PLANNED")
    SessionStatus toDomain(NewMentoringSessionDto.StatusEnum status);
}
