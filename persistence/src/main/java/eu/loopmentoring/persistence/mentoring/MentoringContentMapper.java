package eu.loopmentoring.persistence.mentoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.loopmentoring.domain.mentoring.AgreementGoal;
import eu.loopmentoring.domain.mentoring.AgreementTerms;
import eu.loopmentoring.domain.mentoring.ClosingFeedback;
import eu.loopmentoring.domain.mentoring.GoalStatus;
import eu.loopmentoring.domain.mentoring.MeetingFrequency;
import eu.loopmentoring.domain.mentoring.MentoringAgreement;
import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.domain.mentoring.MentoringSession;
import eu.loopmentoring.domain.mentoring.MentoringTask;
import eu.loopmentoring.domain.mentoring.PrivateNote;
import eu.loopmentoring.domain.mentoring.SessionStatus;
import eu.loopmentoring.domain.mentoring.Side;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What happens inside relationships, rows to domain records and back. */
@ApplicationScoped
public class MentoringContentMapper {

    private final ObjectMapper json = new ObjectMapper();

    MentoringAgreement toDomain(MentoringAgreementEntity e) {
        return new MentoringAgreement(
                e.relationshipId,
                new AgreementTerms(
                        goals(e.goals),
                        e.expectedDurationMonths,
                        MeetingFrequency.valueOf(e.meetingFrequency),
                        e.checkInIntervalWeeks),
                e.confirmations,
                Map.of(),
                Optional.ofNullable(e.updatedBy),
                e.updatedAt,
                e.version);
    }

    void copy(MentoringAgreement a, MentoringAgreementEntity e) {
        e.relationshipId = a.relationshipId();
        ArrayNode goals = json.createArrayNode();
        a.terms()
                .goals()
                .forEach(g -> goals.addObject()
                        .put("description", g.description())
                        .put("targetDate", g.targetDate().toString()));
        e.goals = goals.toString();
        e.expectedDurationMonths = a.terms().expectedDurationMonths();
        e.meetingFrequency = a.terms().meetingFrequency().name();
        e.checkInIntervalWeeks = a.terms().checkInIntervalWeeks();
        e.confirmations.keySet().retainAll(a.confirmations().keySet());
        e.confirmations.putAll(a.confirmations());
        e.updatedBy = a.updatedBy().orElse(null);
        e.updatedAt = a.updatedAt();
    }

    MentoringGoal toDomain(MentoringGoalEntity e) {
        return new MentoringGoal(
                e.id,
                e.relationshipId,
                e.title,
                Optional.ofNullable(e.targetDate),
                e.progress,
                GoalStatus.valueOf(e.status),
                Optional.ofNullable(e.createdBy),
                e.createdAt,
                e.updatedAt,
                e.version);
    }

    void copy(MentoringGoal g, MentoringGoalEntity e) {
        e.id = g.id();
        e.relationshipId = g.relationshipId();
        e.title = g.title();
        e.targetDate = g.targetDate().orElse(null);
        e.progress = g.progress();
        e.status = g.status().name();
        e.createdBy = g.createdBy().orElse(null);
        e.createdAt = g.createdAt();
        e.updatedAt = g.updatedAt();
    }

    MentoringSession toDomain(MentoringSessionEntity e) {
        return new MentoringSession(
                e.id,
                e.relationshipId,
                e.startsAt,
                e.durationMinutes,
                SessionStatus.valueOf(e.status),
                Optional.ofNullable(e.sharedNotes),
                Optional.ofNullable(e.createdBy),
                e.createdAt,
                e.updatedAt,
                e.version);
    }

    void copy(MentoringSession s, MentoringSessionEntity e) {
        e.id = s.id();
        e.relationshipId = s.relationshipId();
        e.startsAt = s.startsAt();
        e.durationMinutes = s.durationMinutes();
        e.status = s.status().name();
        e.sharedNotes = s.sharedNotes().orElse(null);
        e.createdBy = s.createdBy().orElse(null);
        e.createdAt = s.createdAt();
        e.updatedAt = s.updatedAt();
    }

    MentoringTask toDomain(MentoringTaskEntity e) {
        return new MentoringTask(
                e.id,
                e.relationshipId,
                e.title,
                Optional.ofNullable(e.description),
                Optional.ofNullable(e.assigneeId),
                Optional.ofNullable(e.dueDate),
                Optional.ofNullable(e.doneAt),
                Optional.ofNullable(e.createdBy),
                e.createdAt,
                e.updatedAt,
                e.version);
    }

    void copy(MentoringTask t, MentoringTaskEntity e) {
        e.id = t.id();
        e.relationshipId = t.relationshipId();
        e.title = t.title();
        e.description = t.description().orElse(null);
        e.assigneeId = t.assigneeId().orElse(null);
        e.dueDate = t.dueDate().orElse(null);
        e.doneAt = t.doneAt().orElse(null);
        e.createdBy = t.createdBy().orElse(null);
        e.createdAt = t.createdAt();
        e.updatedAt = t.updatedAt();
    }

    PrivateNote toDomain(PrivateNoteEntity e) {
        return new PrivateNote(e.sessionId, e.authorId, e.text, e.updatedAt);
    }

    ClosingFeedback toDomain(ClosingFeedbackEntity e) {
        return new ClosingFeedback(
                e.relationshipId,
                e.authorId,
                Side.valueOf(e.side),
                e.rating,
                Optional.ofNullable(e.text),
                e.submittedAt);
    }

    void copy(ClosingFeedback f, ClosingFeedbackEntity e) {
        e.relationshipId = f.relationshipId();
        e.authorId = f.authorId();
        e.side = f.side().name();
        e.rating = f.rating();
        e.text = f.text().orElse(null);
        e.submittedAt = f.submittedAt();
    }

    private List<AgreementGoal> goals(String array) {
        try {
            List<AgreementGoal> goals = new ArrayList<>();
            for (JsonNode g : json.readTree(array)) {
                goals.add(new AgreementGoal(
                        g.get("description").asText(),
                        LocalDate.parse(g.get("targetDate").asText())));
            }
            return goals;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
