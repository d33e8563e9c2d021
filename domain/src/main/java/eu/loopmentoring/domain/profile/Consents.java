package eu.loopmentoring.domain.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every consent people gave, kept with its withdrawal as the record of consent. */
public interface Consents {

    /** The person's consents, oldest first. */
    List<Consent> of(UUID personId);

    Optional<Consent> given(UUID personId, ConsentPurpose purpose);

    /** The purposes each of {@code personIds} has a consent given for now (stores read them in bulk). */
    default java.util.Map<UUID, java.util.Set<ConsentPurpose>> givenBy(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, java.util.Set<ConsentPurpose>> found = new java.util.HashMap<>();
        for (UUID id : personIds) {
            for (ConsentPurpose purpose : ConsentPurpose.values()) {
                given(id, purpose)
                        .ifPresent(c -> found.computeIfAbsent(id, k -> java.util.EnumSet.noneOf(ConsentPurpose.class))
                                .add(purpose));
            }
        }
        return found;
    }

    /** Records a given consent; false when one for that person and purpose is already given (atomic). */
    boolean add(Consent consent);

    /** Marks the given consent as withdrawn; false when there was none. */
    boolean withdraw(UUID personId, ConsentPurpose purpose, Instant at);
}
