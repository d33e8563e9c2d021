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
    public UUID responseId;

    @Id
    public String dimension;

    public int score;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScoredItemDocument> items;
}
