package eu.loopmentoring.persistence.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "questionnaire_response")
public class QuestionnaireResponseEntity {

    @Id
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "questionnaire_id")
    public UUID questionnaireId;

    public String status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "training_topics", columnDefinition = "text[]")
    public String[] trainingTopics;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Compared by the repository against the version a change was made from. */
    public long version;
}
