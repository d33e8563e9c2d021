package eu.loopmentoring.persistence.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code matching_run}. The repository changes it with update statements and reads it
 * detached: a worker's heartbeat changes the row while a run is loaded.
 */
@Entity
@Table(name = "matching_run")
public class MatchingRunEntity {

    @Id
    private UUID id;

    @Column(name = "coalition_id")
    private UUID coalitionId;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "policy_version")
    private Integer policyVersion;

    private String status;

    private String phase;

    @Column(name = "progress_done")
    private long progressDone;

    @Column(name = "progress_total")
    private long progressTotal;

    @Column(name = "input_hash")
    private String inputHash;

    private Integer requests;

    private Integer offers;

    private Integer matched;

    @Column(name = "total_milli")
    private Long totalMilli;

    @Column(name = "blocking_pairs")
    private Long blockingPairs;

    /** Mentees per offer to how many offers have that many. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "load_histogram")
    private Map<Integer, Integer> loadHistogram;

    private String failure;

    private Integer proposed;

    private Integer skipped;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Counted up by every save; runs are changed under a row lock, not compared. */
    private long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getCoalitionId() {
        return coalitionId;
    }

    public void setCoalitionId(UUID coalitionId) {
        this.coalitionId = coalitionId;
    }

    public UUID getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(UUID requestedBy) {
        this.requestedBy = requestedBy;
    }

    public Integer getPolicyVersion() {
        return policyVersion;
    }

    public void setPolicyVersion(Integer policyVersion) {
        this.policyVersion = policyVersion;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public long getProgressDone() {
        return progressDone;
    }

    public void setProgressDone(long progressDone) {
        this.progressDone = progressDone;
    }

    public long getProgressTotal() {
        return progressTotal;
    }

    public void setProgressTotal(long progressTotal) {
        this.progressTotal = progressTotal;
    }

    public String getInputHash() {
        return inputHash;
    }

    public void setInputHash(String inputHash) {
        this.inputHash = inputHash;
    }

    public Integer getRequests() {
        return requests;
    }

    public void setRequests(Integer requests) {
        this.requests = requests;
    }

    public Integer getOffers() {
        return offers;
    }

    public void setOffers(Integer offers) {
        this.offers = offers;
    }

    public Integer getMatched() {
        return matched;
    }

    public void setMatched(Integer matched) {
        this.matched = matched;
    }

    public Long getTotalMilli() {
        return totalMilli;
    }

    public void setTotalMilli(Long totalMilli) {
        this.totalMilli = totalMilli;
    }

    public Long getBlockingPairs() {
        return blockingPairs;
    }

    public void setBlockingPairs(Long blockingPairs) {
        this.blockingPairs = blockingPairs;
    }

    public Map<Integer, Integer> getLoadHistogram() {
        return loadHistogram;
    }

    public void setLoadHistogram(Map<Integer, Integer> loadHistogram) {
        this.loadHistogram = loadHistogram;
    }

    public String getFailure() {
        return failure;
    }

    public void setFailure(String failure) {
        this.failure = failure;
    }

    public Integer getProposed() {
        return proposed;
    }

    public void setProposed(Integer proposed) {
        this.proposed = proposed;
    }

    public Integer getSkipped() {
        return skipped;
    }

    public void setSkipped(Integer skipped) {
        this.skipped = skipped;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public void setHeartbeatAt(Instant heartbeatAt) {
        this.heartbeatAt = heartbeatAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
