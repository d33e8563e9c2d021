package eu.loopmentoring.domain.partner;

import java.time.Instant;
import java.util.Optional;

/** A new secret's value, handed out once and never stored. */
public record IssuedSecret(ApiClient client, String value, Optional<Instant> previousSecretsExpireAt) {

    @Override
    public String toString() {
        return "IssuedSecret[client=" + client.id() + "]";
    }
}
