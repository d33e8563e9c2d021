package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "mentoring_proposal")
public class MentoringProposalEntity {

    @Id
    private UUID id;

    @Column(name = "request_id")
    private UUID requestId;

    @Column(name = "offer_id")
    private UUID offerId;

    @Column(name = "mentee_id")
    private UUID menteeId;

    @Formula("(select p.display_name from person p where p.id = mentee_id)")
    private String menteeName;

    @Column(name = "mentor_id")
    private UUID mentorId;

    @Formula("(select p.display_name from person p where p.id = mentor_id)")
    private String mentorName;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "mentee_accepted_at")
    private Instant menteeAcceptedAt;

    @Column(name = "mentor_accepted_at")
    private Instant mentorAcceptedAt;

    private String status;

    @Column(name = "declined_by")
    private String declinedBy;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "relationship_id")
    private UUID relationshipId;

    @Version
    private long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public void setRequestId(UUID requestId) {
        this.requestId = requestId;
    }

    public UUID getOfferId() {
        return offerId;
    }

    public void setOfferId(UUID offerId) {
        this.offerId = offerId;
    }

    public UUID getMenteeId() {
        return menteeId;
    }

    public void setMenteeId(UUID menteeId) {
        this.menteeId = menteeId;
    }

    public String getMenteeName() {
        return menteeName;
    }

    public void setMenteeName(String menteeName) {
        this.menteeName = menteeName;
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

    public void setMentorName(String mentorName) {
        this.mentorName = mentorName;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public void setProposedBy(String proposedBy) {
        this.proposedBy = proposedBy;
    }

    public Instant getMenteeAcceptedAt() {
        return menteeAcceptedAt;
    }

    public void setMenteeAcceptedAt(Instant menteeAcceptedAt) {
        this.menteeAcceptedAt = menteeAcceptedAt;
    }

    public Instant getMentorAcceptedAt() {
        return mentorAcceptedAt;
    }

    public void setMentorAcceptedAt(Instant mentorAcceptedAt) {
        this.mentorAcceptedAt = mentorAcceptedAt;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDeclinedBy() {
        return declinedBy;
    }

    public void setDeclinedBy(String declinedBy) {
        this.declinedBy = declinedBy;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public UUID getRelationshipId() {
        return relationshipId;
    }

    public void setRelationshipId(UUID relationshipId) {
        this.relationshipId = relationshipId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
