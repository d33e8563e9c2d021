package eu.loopmentoring.persistence.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "method")
public class MethodEntity {

    @Id
    private UUID id;

    private String name;
    private String kind;
    private String level;
    private String summary;
    private String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", columnDefinition = "text[]")
    private String[] targetGroups;

    @Column(name = "minimum_weeks")
    private int minimumWeeks;

    @Column(name = "maximum_weeks")
    private int maximumWeeks;

    @Column(name = "duration_description")
    private String durationDescription;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] dimensions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "process_steps", columnDefinition = "text[]")
    private String[] processSteps;

    @Version
    private long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getLevel() {
        return level;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public String[] getTargetGroups() {
        return targetGroups;
    }

    public int getMinimumWeeks() {
        return minimumWeeks;
    }

    public int getMaximumWeeks() {
        return maximumWeeks;
    }

    public String getDurationDescription() {
        return durationDescription;
    }

    public String[] getDimensions() {
        return dimensions;
    }

    public String[] getProcessSteps() {
        return processSteps;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
