package eu.loopmentoring.persistence.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "questionnaire_answer")
@IdClass(QuestionnaireAnswerEntity.Key.class)
public class QuestionnaireAnswerEntity {

    public record Key(UUID responseId, String itemKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    /** One answer, with exactly one of its properties set. */
    public record AnswerDocument(Integer likert, String choice, List<String> choices, String text) {}

    @Id
    @Column(name = "response_id")
    public UUID responseId;

    @Id
    @Column(name = "item_key")
    public String itemKey;

    public int position;

    public String dimension;

    @JdbcTypeCode(SqlTypes.JSON)
    public AnswerDocument answer;
}
