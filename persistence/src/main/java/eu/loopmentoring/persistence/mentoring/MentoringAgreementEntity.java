package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "mentoring_agreement")
public class MentoringAgreementEntity {

    @Id
    @Column(name = "relationship_id")
    private UUID relationshipId;

    /** The goals, read and written whole. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<GoalDocument> goals = new ArrayList<>();

    @Column(name = "expected_duration_months")
    private int expectedDurationMonths;

    @Column(name = "meeting_frequency")
    private String meetingFrequency;

    @Column(name = "check_in_interval_weeks")
    private int checkInIntervalWeeks;

    /** Each participant's confirmation of these terms; a change of them moves the version. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentoring_agreement_confirmation", joinColumns = @JoinColumn(name = "relationship_id"))
    @MapKeyColumn(name = "person_id")
    @Column(name = "confirmed_at")
    private Map<UUID, Instant> confirmations = new HashMap<>();

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    /**
     * The stored form of one goal. Its property names are a storage format: renaming one needs a
     * data migration. The date is an ISO string, as it was before this type existed.
     */
    public record GoalDocument(String description, String targetDate) {}

    public UUID getRelationshipId() {
        return relationshipId;
    }

    public void setRelationshipId(UUID relationshipId) {
        this.relationshipId = relationshipId;
    }

    public List<GoalDocument> getGoals() {
        return goals;
    }

    public void setGoals(List<GoalDocument> goals) {
        this.goals = goals;
    }

    public int getExpectedDurationMonths() {
        return expectedDurationMonths;
    }

    public void setExpectedDurationMonths(int expectedDurationMonths) {
        this.expectedDurationMonths = expectedDurationMonths;
    }

    public String getMeetingFrequency() {
        return meetingFrequency;
    }

    public void setMeetingFrequency(String meetingFrequency) {
        this.meetingFrequency = meetingFrequency;
    }

    public int getCheckInIntervalWeeks() {
        return checkInIntervalWeeks;
    }

    public void setCheckInIntervalWeeks(int checkInIntervalWeeks) {
        this.checkInIntervalWeeks = checkInIntervalWeeks;
    }

    public Map<UUID, Instant> getConfirmations() {
        return confirmations;
    }

    public void setConfirmations(Map<UUID, Instant> confirmations) {
        this.confirmations = confirmations;
    }

    public UUID getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(UUID updatedBy) {
        this.updatedBy = updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
