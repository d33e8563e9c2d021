package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "mentoring_agreement")
public class MentoringAgreementEntity {

    @Id
    @Column(name = "relationship_id")
    public UUID relationshipId;

    /** The goals as a JSON array of {description, targetDate}, read and written whole. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String goals;

    @Column(name = "expected_duration_months")
    public int expectedDurationMonths;

    @Column(name = "meeting_frequency")
    public String meetingFrequency;

    @Column(name = "check_in_interval_weeks")
    public int checkInIntervalWeeks;

    @Column(name = "mentor_confirmed_at")
    public Instant mentorConfirmedAt;

    @Column(name = "mentee_confirmed_at")
    public Instant menteeConfirmedAt;

    @Column(name = "updated_by")
    public UUID updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
