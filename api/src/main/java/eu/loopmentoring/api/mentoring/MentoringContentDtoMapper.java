package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.platform.mapping.DtoConversions.convert;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.mentoring.AgreementGoal;
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
import eu.loopmentoring.openapi.v1.model.MentoringAgreementConfirmationDto;
import eu.loopmentoring.openapi.v1.model.MentoringAgreementDto;
import eu.loopmentoring.openapi.v1.model.MentoringAgreementGoalDto;
import eu.loopmentoring.openapi.v1.model.MentoringAgreementTermsDto;
import eu.loopmentoring.openapi.v1.model.MentoringCheckInDto;
import eu.loopmentoring.openapi.v1.model.MentoringCheckInListDto;
import eu.loopmentoring.openapi.v1.model.MentoringExportDto;
import eu.loopmentoring.openapi.v1.model.MentoringFeedbackDto;
import eu.loopmentoring.openapi.v1.model.MentoringGoalChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringGoalDto;
import eu.loopmentoring.openapi.v1.model.MentoringGoalStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringMeetingFrequencyDto;
import eu.loopmentoring.openapi.v1.model.MentoringPrivateNoteDto;
import eu.loopmentoring.openapi.v1.model.MentoringSessionChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringSessionDto;
import eu.loopmentoring.openapi.v1.model.MentoringSessionStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringSideDto;
import eu.loopmentoring.openapi.v1.model.MentoringTaskChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringTaskCommentDto;
import eu.loopmentoring.openapi.v1.model.MentoringTaskDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringCheckInDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** What happens inside a relationship, on the wire. */
@ApplicationScoped
public class MentoringContentDtoMapper {

    private final DtoConversions conversions;

    MentoringContentDtoMapper(DtoConversions conversions) {
        this.conversions = conversions;
    }

    public MentoringAgreementDto toDto(MentoringAgreement a) {
        AgreementTerms t = a.terms();
        return new MentoringAgreementDto()
                .relationshipId(a.relationshipId())
                .goals(t.goals().stream()
                        .map(g -> new MentoringAgreementGoalDto()
                                .description(g.description())
                                .targetDate(g.targetDate()))
                        .toList())
                .expectedDurationMonths(t.expectedDurationMonths())
                .meetingFrequency(convert(t.meetingFrequency(), MentoringMeetingFrequencyDto.class))
                .checkInIntervalWeeks(t.checkInIntervalWeeks())
                .mentorConfirmedAt(conversions.utc(a.confirmedAt(Side.MENTOR)))
                .menteeConfirmedAt(conversions.utc(a.confirmedAt(Side.MENTEE)))
                .confirmations(a.confirmations().entrySet().stream()
                        .filter(c -> a.members().containsKey(c.getKey()))
                        .sorted(Map.Entry.comparingByValue())
                        .map(c -> new MentoringAgreementConfirmationDto()
                                .personId(c.getKey())
                                .confirmedAt(conversions.utc(c.getValue())))
                        .toList())
                .confirmed(a.isConfirmed())
                .updatedBy(a.updatedBy().orElse(null))
                .updatedAt(conversions.utc(a.updatedAt()))
                .version(a.version());
    }

    public AgreementTerms toDomain(MentoringAgreementTermsDto dto) {
        return new AgreementTerms(
                dto.getGoals().stream()
                        .map(g -> new AgreementGoal(g.getDescription(), g.getTargetDate()))
                        .toList(),
                dto.getExpectedDurationMonths(),
                convert(dto.getMeetingFrequency(), MeetingFrequency.class),
                dto.getCheckInIntervalWeeks());
    }

    public MentoringGoalDto toDto(MentoringGoal g) {
        return new MentoringGoalDto()
                .id(g.id())
                .relationshipId(g.relationshipId())
                .title(g.title())
                .targetDate(g.targetDate().orElse(null))
                .progress(g.progress())
                .status(convert(g.status(), MentoringGoalStatusDto.class))
                .createdBy(g.createdBy().orElse(null))
                .createdAt(conversions.utc(g.createdAt()))
                .updatedAt(conversions.utc(g.updatedAt()))
                .version(g.version());
    }

    public GoalChanges toDomain(MentoringGoalChangesDto dto) {
        return new GoalChanges(
                Optional.ofNullable(dto.getTitle()),
                Optional.ofNullable(dto.getTargetDate()),
                Optional.ofNullable(dto.getProgress()),
                Optional.ofNullable(dto.getStatus()).map(s -> convert(s, GoalStatus.class)));
    }

    public MentoringSessionDto toDto(MentoringSession s) {
        return new MentoringSessionDto()
                .id(s.id())
                .relationshipId(s.relationshipId())
                .startsAt(conversions.utc(s.startsAt()))
                .durationMinutes(s.durationMinutes())
                .status(convert(s.status(), MentoringSessionStatusDto.class))
                .sharedNotes(s.sharedNotes().orElse(null))
                .createdBy(s.createdBy().orElse(null))
                .createdAt(conversions.utc(s.createdAt()))
                .updatedAt(conversions.utc(s.updatedAt()))
                .version(s.version());
    }

    public SessionChanges toDomain(MentoringSessionChangesDto dto) {
        return new SessionChanges(
                Optional.ofNullable(dto.getStartsAt()).map(t -> t.toInstant()),
                Optional.ofNullable(dto.getDurationMinutes()),
                Optional.ofNullable(dto.getStatus()).map(s -> convert(s, SessionStatus.class)),
                Optional.ofNullable(dto.getSharedNotes()));
    }

    public MentoringTaskDto toDto(MentoringTask t) {
        return new MentoringTaskDto()
                .id(t.id())
                .relationshipId(t.relationshipId())
                .title(t.title())
                .description(t.description().orElse(null))
                .assigneeId(t.assigneeId().orElse(null))
                .dueDate(t.dueDate().orElse(null))
                .done(t.isDone())
                .doneAt(conversions.utc(t.doneAt()))
                .createdBy(t.createdBy().orElse(null))
                .createdAt(conversions.utc(t.createdAt()))
                .updatedAt(conversions.utc(t.updatedAt()))
                .version(t.version());
    }

    public TaskChanges toDomain(MentoringTaskChangesDto dto) {
        return new TaskChanges(
                Optional.ofNullable(dto.getTitle()),
                Optional.ofNullable(dto.getDescription()),
                Optional.ofNullable(dto.getAssigneeId()),
                Optional.ofNullable(dto.getDueDate()),
                Optional.ofNullable(dto.getDone()));
    }

    public MentoringTaskCommentDto toDto(TaskComment c) {
        return new MentoringTaskCommentDto()
                .id(c.id())
                .taskId(c.taskId())
                .authorId(c.authorId().orElse(null))
                .text(c.text())
                .createdAt(conversions.utc(c.createdAt()));
    }

    public MentoringCheckInDto toDto(CheckIn c) {
        CheckInAnswers a = c.answers();
        return new MentoringCheckInDto()
                .id(c.id())
                .relationshipId(c.relationshipId())
                .authorId(c.authorId().orElse(null))
                .side(c.side() == Side.PEER ? null : convert(c.side(), MentoringSideDto.class))
                .progressOnGoals(a.progressOnGoals())
                .usefulMeetings(a.usefulMeetings())
                .feelSupported(a.feelSupported())
                .goodCommunication(a.goodCommunication())
                .comment(a.comment().orElse(null))
                .submittedAt(conversions.utc(c.submittedAt()));
    }

    public MentoringCheckInListDto toDto(CheckInView view) {
        return new MentoringCheckInListDto()
                .items(view.page().items().stream().map(this::toDto).toList())
                .myNextDueAt(conversions.utc(view.myNextDueAt()));
    }

    public CheckInAnswers toDomain(NewMentoringCheckInDto dto) {
        return new CheckInAnswers(
                dto.getProgressOnGoals(),
                dto.getUsefulMeetings(),
                dto.getFeelSupported(),
                dto.getGoodCommunication(),
                Optional.ofNullable(dto.getComment()));
    }

    public MentoringPrivateNoteDto toDto(PrivateNote n) {
        return new MentoringPrivateNoteDto()
                .sessionId(n.sessionId())
                .text(n.text())
                .updatedAt(conversions.utc(n.updatedAt()));
    }

    public MentoringFeedbackDto toDto(ClosingFeedback f) {
        return new MentoringFeedbackDto()
                .relationshipId(f.relationshipId())
                .rating(f.rating())
                .text(f.text().orElse(null))
                .submittedAt(conversions.utc(f.submittedAt()));
    }

    /** Adds what happened inside the person's relationships to their mentoring export. */
    public MentoringExportDto fill(MentoringExportDto export, RelationshipRecords records) {
        return export.agreements(records.agreements().stream().map(this::toDto).toList())
                .goals(records.goals().stream().map(this::toDto).toList())
                .sessions(records.sessions().stream().map(this::toDto).toList())
                .tasks(records.tasks().stream().map(this::toDto).toList())
                .taskComments(records.taskComments().stream().map(this::toDto).toList())
                .checkIns(records.checkIns().stream().map(this::toDto).toList())
                .privateNotes(records.privateNotes().stream().map(this::toDto).toList())
                .feedback(records.feedback().stream().map(this::toDto).toList());
    }
}
