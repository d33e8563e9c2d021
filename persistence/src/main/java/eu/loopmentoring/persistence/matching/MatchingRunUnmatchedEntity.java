package eu.loopmentoring.persistence.matching;

import eu.loopmentoring.domain.matching.Filter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code matching_run_unmatched}: a request a run left unmatched, and why. */
@Entity
@Table(name = "matching_run_unmatched")
@IdClass(MatchingRunUnmatchedEntity.Key.class)
public class MatchingRunUnmatchedEntity {

    /** A run leaves a request unmatched at most once. */
    public record Key(UUID runId, UUID requestId) implements Serializable {}

    @Id
    @Column(name = "run_id")
    private UUID runId;

    @Id
    @Column(name = "request_id")
    private UUID requestId;

    @Column(name = "mentee_id")
    private UUID menteeId;

    @Formula("(select p.display_name from person p where p.id = mentee_id)")
    private String menteeName;

    private String reason;

    @Column(name = "feasible_offers")
    private int feasibleOffers;

    /** How many offers each filter ruled out. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "excluded_by")
    private Map<Filter, Integer> excludedBy;

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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getFeasibleOffers() {
        return feasibleOffers;
    }

    public void setFeasibleOffers(int feasibleOffers) {
        this.feasibleOffers = feasibleOffers;
    }

    public Map<Filter, Integer> getExcludedBy() {
        return excludedBy;
    }

    public void setExcludedBy(Map<Filter, Integer> excludedBy) {
        this.excludedBy = excludedBy;
    }
}
