package eu.loopmentoring.persistence.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code resource_report}: open while {@code outcome} is null. */
@Entity
@Table(name = "resource_report")
public class ResourceReportEntity {

    @Id
    UUID id;

    @Column(name = "resource_id")
    UUID resourceId;

    @Column(name = "reporter_id")
    UUID reporterId;

    String category;

    @Column(name = "report_text")
    String text;

    @Column(name = "created_at")
    Instant createdAt;

    String outcome;
    String note;

    @Column(name = "resolved_by")
    UUID resolvedBy;

    @Column(name = "resolved_at")
    Instant resolvedAt;
}
