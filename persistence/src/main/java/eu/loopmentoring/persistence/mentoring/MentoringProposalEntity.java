package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "mentoring_proposal")
public class MentoringProposalEntity {

    @Id
    public UUID id;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "offer_id")
    public UUID offerId;

    @Column(name = "mentee_id")
    public UUID menteeId;

    @Column(name = "mentor_id")
    public UUID mentorId;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "mentee_accepted_at")
    public Instant menteeAcceptedAt;

    @Column(name = "mentor_accepted_at")
    public Instant mentorAcceptedAt;

    public String status;

    @Column(name = "declined_by")
    public String declinedBy;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "relationship_id")
    public UUID relationshipId;

    @Version
    public long version;
}
