package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "mentoring_request")
public class MentoringRequestEntity {

    @Id
    public UUID id;

    @Column(name = "mentee_id")
    public UUID menteeId;

    @Formula("(select p.display_name from person p where p.id = mentee_id)")
    public String menteeName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] needs;

    public String goals;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] languages;

    public String format;

    public String mode;

    public String region;

    @Column(name = "addressed_to")
    public UUID addressedTo;

    @Column(name = "coalition_id")
    public UUID coalitionId;

    public String status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
