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
@Table(name = "questionnaire_score")
@IdClass(QuestionnaireScoreEntity.Key.class)
public class QuestionnaireScoreEntity {

    public record Key(UUID responseId, String dimension) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public record ScoredItemDocument(String itemKey, double value, boolean reversed) {}

    @Id
    @Column(name = "response_id")
    private UUID responseId;

    @Id
    private String dimension;

    private int score;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<ScoredItemDocument> items;

    public UUID getResponseId() {
        return responseId;
    }

    public void setResponseId(UUID responseId) {
        this.responseId = responseId;
    }

    public String getDimension() {
        return dimension;
    }

    public void setDimension(String dimension) {
        this.dimension = dimension;
    }

    public int getScore() {
        return score;
    }

    public void setScore(int score) {
        this.score = score;
    }

    public List<ScoredItemDocument> getItems() {
        return items;
    }

    public void setItems(List<ScoredItemDocument> items) {
        this.items = items;
    }
}
