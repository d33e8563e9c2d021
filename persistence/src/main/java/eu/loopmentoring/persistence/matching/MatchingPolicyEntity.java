package eu.loopmentoring.persistence.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code matching_policy}: a saved version of a coalition's policy, never changed. */
@Entity
@Immutable
@Table(name = "matching_policy")
@IdClass(MatchingPolicyEntity.Key.class)
public class MatchingPolicyEntity {

    public record Key(UUID coalitionId, int version) implements Serializable {}

    @Id
    @Column(name = "coalition_id")
    private UUID coalitionId;

    @Id
    private int version;

    @JdbcTypeCode(SqlTypes.JSON)
    private PolicySettingsDocument settings;

    @Column(name = "saved_by")
    private UUID savedBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    public UUID getCoalitionId() {
        return coalitionId;
    }

    public void setCoalitionId(UUID coalitionId) {
        this.coalitionId = coalitionId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public PolicySettingsDocument getSettings() {
        return settings;
    }

    public void setSettings(PolicySettingsDocument settings) {
        this.settings = settings;
    }

    public UUID getSavedBy() {
        return savedBy;
    }

    public void setSavedBy(UUID savedBy) {
        this.savedBy = savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public void setSavedAt(Instant savedAt) {
        this.savedAt = savedAt;
    }
}
