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
    public UUID relationshipId;

    /** The goals, read and written whole. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<GoalDocument> goals = new ArrayList<>();

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

    /**
     * The stored form of one goal. Its property names are a storage format: renaming one needs a
     * data migration. The date is an ISO string, as it was before this type existed.
     */
    public record GoalDocument(String description, String targetDate) {}
}
