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
@Table(name = "mentoring_relationship")
public class MentoringRelationshipEntity {

    @Id
    public UUID id;

    @Column(name = "mentor_id")
    public UUID mentorId;

    @Formula("(select p.display_name from person p where p.id = mentor_id)")
    public String mentorName;

    @Column(name = "mentee_id")
    public UUID menteeId;

    @Formula("(select p.display_name from person p where p.id = mentee_id)")
    public String menteeName;

    @Column(name = "offer_id")
    public UUID offerId;

    @Column(name = "coalition_id")
    public UUID coalitionId;

    @Column(name = "request_id")
    public UUID requestId;

    public String format;

    public String status;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason")
    public String endReason;

    @Version
    public long version;
}
