package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "mentoring_check_in")
public class CheckInEntity {

    @Id
    public UUID id;

    @Column(name = "relationship_id")
    public UUID relationshipId;

    @Column(name = "author_id")
    public UUID authorId;

    public String side;

    @Column(name = "progress_on_goals")
    public int progressOnGoals;

    @Column(name = "useful_meetings")
    public int usefulMeetings;

    @Column(name = "feel_supported")
    public int feelSupported;

    @Column(name = "good_communication")
    public int goodCommunication;

    public String comment;

    @Column(name = "submitted_at")
    public Instant submittedAt;
}
