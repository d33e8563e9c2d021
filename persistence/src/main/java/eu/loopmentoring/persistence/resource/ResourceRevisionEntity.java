package eu.loopmentoring.persistence.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code resource_revision}: written once, never changed. */
@Entity
@Table(name = "resource_revision")
public class ResourceRevisionEntity {

    @Id
    UUID id;

    @Column(name = "resource_id")
    UUID resourceId;

    long version;
    String kind;

    @Column(name = "changed_by")
    UUID changedBy;

    @Column(name = "changed_at")
    Instant changedAt;

    String status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", columnDefinition = "text[]")
    String[] changedFields;

    String note;

    /** The content afterwards ({@link ContentDocument}), as JSON. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    String content;

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
