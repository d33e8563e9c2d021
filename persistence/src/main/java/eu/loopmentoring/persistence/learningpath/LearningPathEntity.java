package eu.loopmentoring.persistence.learningpath;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A version of a learning path; its steps are a JSON document. The version is kept by hand. */
@Entity
@Table(name = "learning_path")
public class LearningPathEntity {

    @Id
    private UUID id;

    @Column(name = "lineage_id")
    private UUID lineageId;

    @Column(name = "version_number")
    private Integer versionNumber;

    @Column(name = "based_on")
    private UUID basedOn;

    private String status;

    private String title;

    private String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] languages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", columnDefinition = "text[]")
    private String[] targetGroups;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "career_stages", columnDefinition = "text[]")
    private String[] careerStages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "school_levels", columnDefinition = "text[]")
    private String[] schoolLevels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "profile_dimensions", columnDefinition = "text[]")
    private String[] profileDimensions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "school_dimensions", columnDefinition = "text[]")
    private String[] schoolDimensions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] topics;

    @Column(name = "estimated_hours")
    private Integer estimatedHours;

    private String visibility;

    @Column(name = "coalition_id")
    private UUID coalitionId;

    @Column(name = "organization_id")
    private UUID organizationId;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<StepDocument> steps;

    @Column(name = "minimum_optional_steps")
    private int minimumOptionalSteps;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    private long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getLineageId() {
        return lineageId;
    }

    public void setLineageId(UUID lineageId) {
        this.lineageId = lineageId;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public UUID getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(UUID basedOn) {
        this.basedOn = basedOn;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String[] getLanguages() {
        return languages;
    }

    public void setLanguages(String[] languages) {
        this.languages = languages;
    }

    public String[] getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(String[] targetGroups) {
        this.targetGroups = targetGroups;
    }

    public String[] getCareerStages() {
        return careerStages;
    }

    public void setCareerStages(String[] careerStages) {
        this.careerStages = careerStages;
    }

    public String[] getSchoolLevels() {
        return schoolLevels;
    }

    public void setSchoolLevels(String[] schoolLevels) {
        this.schoolLevels = schoolLevels;
    }

    public String[] getProfileDimensions() {
        return profileDimensions;
    }

    public void setProfileDimensions(String[] profileDimensions) {
        this.profileDimensions = profileDimensions;
    }

    public String[] getSchoolDimensions() {
        return schoolDimensions;
    }

    public void setSchoolDimensions(String[] schoolDimensions) {
        this.schoolDimensions = schoolDimensions;
    }

    public String[] getTopics() {
        return topics;
    }

    public void setTopics(String[] topics) {
        this.topics = topics;
    }

    public Integer getEstimatedHours() {
        return estimatedHours;
    }

    public void setEstimatedHours(Integer estimatedHours) {
        this.estimatedHours = estimatedHours;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public UUID getCoalitionId() {
        return coalitionId;
    }

    public void setCoalitionId(UUID coalitionId) {
        this.coalitionId = coalitionId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(UUID organizationId) {
        this.organizationId = organizationId;
    }

    public List<StepDocument> getSteps() {
        return steps;
    }

    public void setSteps(List<StepDocument> steps) {
        this.steps = steps;
    }

    public int getMinimumOptionalSteps() {
        return minimumOptionalSteps;
    }

    public void setMinimumOptionalSteps(int minimumOptionalSteps) {
        this.minimumOptionalSteps = minimumOptionalSteps;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(UUID createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
