package eu.loopmentoring.persistence.coalition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "coalition_membership")
public class CoalitionMembershipEntity {

    @Id
    private UUID id;

    @Column(name = "coalition_id")
    private UUID coalitionId;

    @Column(name = "person_id")
    private UUID personId;

    /** The person's current display name, read with the row (never their email). */
    @Formula("(select p.display_name from person p where p.id = person_id)")
    private String displayName;

    private String role;

    private String status;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Version
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

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(Instant requestedAt) {
        this.requestedAt = requestedAt;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public void setJoinedAt(Instant joinedAt) {
        this.joinedAt = joinedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
