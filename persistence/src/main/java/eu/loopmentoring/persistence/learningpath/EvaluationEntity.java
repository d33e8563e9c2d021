package eu.loopmentoring.persistence.learningpath;

import eu.loopmentoring.domain.learningpath.PathEvaluation.NeedMet;
import eu.loopmentoring.domain.learningpath.PathEvaluation.StepRating;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A learner's evaluation of one enrollment's path; the step ratings and needs are JSON arrays in the path's order. */
@Entity
@Table(name = "path_evaluation")
public class EvaluationEntity {

    @Id
    @Column(name = "enrollment_id")
    private UUID enrollmentId;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "learning_path_id")
    private UUID learningPathId;

    @Column(name = "overall_rating")
    private int overallRating;

    private String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "step_ratings")
    private List<StepRating> stepRatings;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "needs_met")
    private List<NeedMet> needsMet;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    private long version;

    public UUID getEnrollmentId() {
        return enrollmentId;
    }

    public void setEnrollmentId(UUID enrollmentId) {
        this.enrollmentId = enrollmentId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public UUID getLearningPathId() {
        return learningPathId;
    }

    public void setLearningPathId(UUID learningPathId) {
        this.learningPathId = learningPathId;
    }

    public int getOverallRating() {
        return overallRating;
    }

    public void setOverallRating(int overallRating) {
        this.overallRating = overallRating;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<StepRating> getStepRatings() {
        return stepRatings;
    }

    public void setStepRatings(List<StepRating> stepRatings) {
        this.stepRatings = stepRatings;
    }

    public List<NeedMet> getNeedsMet() {
        return needsMet;
    }

    public void setNeedsMet(List<NeedMet> needsMet) {
        this.needsMet = needsMet;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
