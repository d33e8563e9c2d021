package eu.loopmentoring.persistence.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Formula;

/** A row of {@code resource_review}, with the reviewer's display name as it is now. */
@Entity
@Table(name = "resource_review")
public class ResourceReviewEntity {

    @Id
    UUID id;

    @Column(name = "resource_id")
    UUID resourceId;

    @Column(name = "person_id")
    UUID personId;

    int rating;
    String comment;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Formula("(select p.display_name from person p where p.id = person_id)")
    String displayName;

    public UUID getId() {
        return id;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
