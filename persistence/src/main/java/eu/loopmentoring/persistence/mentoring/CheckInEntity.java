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
    private UUID id;

    @Column(name = "relationship_id")
    private UUID relationshipId;

    @Column(name = "author_id")
    private UUID authorId;

    private String side;

    @Column(name = "progress_on_goals")
    private int progressOnGoals;

    @Column(name = "useful_meetings")
    private int usefulMeetings;

    @Column(name = "feel_supported")
    private int feelSupported;

    @Column(name = "good_communication")
    private int goodCommunication;

    private String comment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getRelationshipId() {
        return relationshipId;
    }

    public void setRelationshipId(UUID relationshipId) {
        this.relationshipId = relationshipId;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public void setAuthorId(UUID authorId) {
        this.authorId = authorId;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public int getProgressOnGoals() {
        return progressOnGoals;
    }

    public void setProgressOnGoals(int progressOnGoals) {
        this.progressOnGoals = progressOnGoals;
    }

    public int getUsefulMeetings() {
        return usefulMeetings;
    }

    public void setUsefulMeetings(int usefulMeetings) {
        this.usefulMeetings = usefulMeetings;
    }

    public int getFeelSupported() {
        return feelSupported;
    }

    public void setFeelSupported(int feelSupported) {
        this.feelSupported = feelSupported;
    }

    public int getGoodCommunication() {
        return goodCommunication;
    }

    public void setGoodCommunication(int goodCommunication) {
        this.goodCommunication = goodCommunication;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }
}
