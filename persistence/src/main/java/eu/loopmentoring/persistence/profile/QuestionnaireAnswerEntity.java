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
    private UUID responseId;

    @Id
    @Column(name = "item_key")
    private String itemKey;

    private int position;

    private String dimension;

    @JdbcTypeCode(SqlTypes.JSON)
    private AnswerDocument answer;

    public UUID getResponseId() {
        return responseId;
    }

    public void setResponseId(UUID responseId) {
        this.responseId = responseId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public void setItemKey(String itemKey) {
        this.itemKey = itemKey;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getDimension() {
        return dimension;
    }

    public void setDimension(String dimension) {
        this.dimension = dimension;
    }

    public AnswerDocument getAnswer() {
        return answer;
    }

    public void setAnswer(AnswerDocument answer) {
        this.answer = answer;
    }
}
