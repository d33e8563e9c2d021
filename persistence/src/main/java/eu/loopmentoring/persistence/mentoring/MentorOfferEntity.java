package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.persistence.profile.ProfileEntity.AvailabilityDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "mentor_offer")
public class MentorOfferEntity {

    @Id
    public UUID id;

    @Column(name = "mentor_id")
    public UUID mentorId;

    /** Read with the row: the mentor's name as it is now. */
    @Formula("(select p.display_name from person p where p.id = mentor_id)")
    public String mentorName;

    public int capacity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "profile_dimensions", columnDefinition = "text[]")
    public String[] profileDimensions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] subjects;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "school_levels", columnDefinition = "text[]")
    public String[] schoolLevels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "school_dimensions", columnDefinition = "text[]")
    public String[] schoolDimensions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] languages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] formats;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] modes;

    public String region;

    @JdbcTypeCode(SqlTypes.JSON)
    public AvailabilityDocument availability;

    public String status;

    /** Read with the row, never written: the mentees of running relationships use the capacity. */
    @Formula("(select count(*) from mentoring_relationship r join mentoring_participant p on p.relationship_id = r.id"
            + " where r.offer_id = id and r.status in ('ACTIVE', 'PAUSED') and p.role = 'MENTEE'"
            + " and p.joined_at is not null and p.left_at is null)")
    public int runningRelationships;

    @Column(name = "missed_proposals")
    public int missedProposals;

    @Column(name = "last_active_at")
    public Instant lastActiveAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
