package eu.loopmentoring.persistence.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code matching_run_pair}: a pair a run made, with why, and once published its outcome. */
@Entity
@Table(name = "matching_run_pair")
public class MatchingRunPairEntity {

    @Id
    private UUID id;

    @Column(name = "run_id")
    private UUID runId;

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

    @Column(name = "milli_points")
    private long milliPoints;

    @JdbcTypeCode(SqlTypes.JSON)
    private PairExplanationDocument explanation;

    private String outcome;

    @Column(name = "skip_reason")
    private String skipReason;

    @Column(name = "proposal_id")
    private UUID proposalId;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getRunId() {
        return runId;
    }

    public void setRunId(UUID runId) {
        this.runId = runId;
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

    public long getMilliPoints() {
        return milliPoints;
    }

    public void setMilliPoints(long milliPoints) {
        this.milliPoints = milliPoints;
    }

    public PairExplanationDocument getExplanation() {
        return explanation;
    }

    public void setExplanation(PairExplanationDocument explanation) {
        this.explanation = explanation;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getSkipReason() {
        return skipReason;
    }

    public void setSkipReason(String skipReason) {
        this.skipReason = skipReason;
    }

    public UUID getProposalId() {
        return proposalId;
    }

    public void setProposalId(UUID proposalId) {
        this.proposalId = proposalId;
    }
}
