package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "notification")
public class NotificationEntity {

    @Id
    public UUID id;

    @Column(name = "recipient_id")
    public UUID recipientId;

    public String kind;

    @Column(name = "offer_id")
    public UUID offerId;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "proposal_id")
    public UUID proposalId;

    @Column(name = "relationship_id")
    public UUID relationshipId;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
