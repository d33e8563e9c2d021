package eu.loopmentoring.domain.profile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A record of consent: given by a person for a purpose, to one text version, until withdrawn. */
public record Consent(
        UUID id,
        UUID personId,
        ConsentPurpose purpose,
        String textVersion,
        Instant givenAt,
        Optional<Instant> withdrawnAt) {

    public Consent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(textVersion, "textVersion");
        Objects.requireNonNull(givenAt, "givenAt");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }

    public boolean isGiven() {
        return withdrawnAt.isEmpty();
    }
}
