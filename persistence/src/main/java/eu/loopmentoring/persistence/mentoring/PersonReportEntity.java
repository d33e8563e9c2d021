package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "person_report")
public class PersonReportEntity {

    @Id
    public UUID id;

    @Column(name = "reporter_id")
    public UUID reporterId;

    @Column(name = "reported_id")
    public UUID reportedId;

    public String category;

    public String text;

    @Column(name = "relationship_id")
    public UUID relationshipId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "resolved_by")
    public UUID resolvedBy;

    public String outcome;

    @Column(name = "resolution_note")
    public String resolutionNote;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Version
    public long version;
}
