package eu.loopmentoring.persistence.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code learning_resource}; only this package's mapper and repositories touch its fields. */
@Entity
@Table(name = "learning_resource")
public class LearningResourceEntity {

    @Id
    UUID id;

    String title;
    String summary;
    String description;
    String type;
    String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    String[] languages;

    String licence;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", columnDefinition = "text[]")
    String[] targetGroups;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "career_stages", columnDefinition = "text[]")
    String[] careerStages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "school_levels", columnDefinition = "text[]")
    String[] schoolLevels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "profile_dimensions", columnDefinition = "text[]")
    String[] profileDimensions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "school_dimensions", columnDefinition = "text[]")
    String[] schoolDimensions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    String[] topics;

    @Column(name = "estimated_minutes")
    Integer estimatedMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    String[] authors;

    @Column(name = "organization_id")
    UUID organizationId;

    String country;
    String status;

    @Column(name = "submitted_by")
    UUID submittedBy;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "rejection_reason")
    String rejectionReason;

    /** Written only by the statement that recomputes the aggregate, never with the entity. */
    @Column(name = "rating_sum", insertable = false, updatable = false)
    long ratingSum;

    @Column(name = "rating_count", insertable = false, updatable = false)
    long ratingCount;

    @Version
    long version;

    public UUID getId() {
        return id;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
