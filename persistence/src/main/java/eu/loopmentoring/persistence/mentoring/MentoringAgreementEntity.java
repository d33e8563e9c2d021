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
import java.util.HashMap;
import java.util.Map;
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

    /** Each participant's confirmation of these terms; a change of them moves the version. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentoring_agreement_confirmation", joinColumns = @JoinColumn(name = "relationship_id"))
    @MapKeyColumn(name = "person_id")
    @Column(name = "confirmed_at")
    public Map<UUID, Instant> confirmations = new HashMap<>();

    @Column(name = "updated_by")
    public UUID updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
