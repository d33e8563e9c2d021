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
    private UUID id;

    @Column(name = "mentor_id")
    private UUID mentorId;

    /** Read with the row: the mentor's name as it is now. */
    @Formula("(select p.display_name from person p where p.id = mentor_id)")
    private String mentorName;

    private int capacity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "profile_dimensions", columnDefinition = "text[]")
    private String[] profileDimensions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] subjects;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "school_levels", columnDefinition = "text[]")
    private String[] schoolLevels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "school_dimensions", columnDefinition = "text[]")
    private String[] schoolDimensions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] languages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] formats;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] modes;

    private String region;

    @JdbcTypeCode(SqlTypes.JSON)
    private AvailabilityDocument availability;

    private String status;

    /** Read with the row, never written: the mentees of running relationships use the capacity. */
    @Formula("(select count(*) from mentoring_relationship r join mentoring_participant p on p.relationship_id = r.id"
            + " where r.offer_id = id and r.status in ('ACTIVE', 'PAUSED') and p.role = 'MENTEE'"
            + " and p.joined_at is not null and p.left_at is null)")
    private int runningRelationships;

    @Column(name = "missed_proposals")
    private int missedProposals;

    @Column(name = "last_active_at")
    private Instant lastActiveAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getMentorId() {
        return mentorId;
    }

    public void setMentorId(UUID mentorId) {
        this.mentorId = mentorId;
    }

    public String getMentorName() {
        return mentorName;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public String[] getProfileDimensions() {
        return profileDimensions;
    }

    public void setProfileDimensions(String[] profileDimensions) {
        this.profileDimensions = profileDimensions;
    }

    public String[] getSubjects() {
        return subjects;
    }

    public void setSubjects(String[] subjects) {
        this.subjects = subjects;
    }

    public String[] getSchoolLevels() {
        return schoolLevels;
    }

    public void setSchoolLevels(String[] schoolLevels) {
        this.schoolLevels = schoolLevels;
    }

    public String[] getSchoolDimensions() {
        return schoolDimensions;
    }

    public void setSchoolDimensions(String[] schoolDimensions) {
        this.schoolDimensions = schoolDimensions;
    }

    public String[] getLanguages() {
        return languages;
    }

    public void setLanguages(String[] languages) {
        this.languages = languages;
    }

    public String[] getFormats() {
        return formats;
    }

    public void setFormats(String[] formats) {
        this.formats = formats;
    }

    public String[] getModes() {
        return modes;
    }

    public void setModes(String[] modes) {
        this.modes = modes;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public AvailabilityDocument getAvailability() {
        return availability;
    }

    public void setAvailability(AvailabilityDocument availability) {
        this.availability = availability;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getRunningRelationships() {
        return runningRelationships;
    }

    public int getMissedProposals() {
        return missedProposals;
    }

    public void setMissedProposals(int missedProposals) {
        this.missedProposals = missedProposals;
    }

    public Instant getLastActiveAt() {
        return lastActiveAt;
    }

    public void setLastActiveAt(Instant lastActiveAt) {
        this.lastActiveAt = lastActiveAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
