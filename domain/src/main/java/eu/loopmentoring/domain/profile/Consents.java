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

    /** Records a given consent; false when one for that person and purpose is already given (atomic). */
    boolean add(Consent consent);

    /** Marks the given consent as withdrawn; false when there was none. */
    boolean withdraw(UUID personId, ConsentPurpose purpose, Instant at);
}
