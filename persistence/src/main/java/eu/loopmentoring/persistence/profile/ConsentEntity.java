package eu.loopmentoring.persistence.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "consent")
public class ConsentEntity {

    @Id
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    public String purpose;

    @Column(name = "text_version")
    public String textVersion;

    @Column(name = "given_at")
    public Instant givenAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
}
