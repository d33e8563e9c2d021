package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.profile.Consent;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.profile.Consents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryConsents implements Consents {
    public final List<Consent> all = new ArrayList<>();

    @Override
    public synchronized List<Consent> of(UUID personId) {
        return all.stream()
                .filter(c -> c.personId().equals(personId))
                .sorted(Comparator.comparing(Consent::givenAt).thenComparing(c -> c.id().toString()))
                .toList();
    }

    @Override
    public synchronized Optional<Consent> given(UUID personId, ConsentPurpose purpose) {
        return all.stream()
                .filter(c -> c.personId().equals(personId) && c.purpose() == purpose && c.isGiven())
                .findFirst();
    }

    @Override
    public synchronized boolean add(Consent consent) {
        if (given(consent.personId(), consent.purpose()).isPresent()) {
            return false;
        }
        return all.add(consent);
    }

    @Override
    public synchronized boolean withdraw(UUID personId, ConsentPurpose purpose, Instant at) {
        Optional<Consent> given = given(personId, purpose);
        given.ifPresent(c -> all.set(
                all.indexOf(c),
                new Consent(c.id(), c.personId(), c.purpose(), c.textVersion(), c.givenAt(), Optional.of(at))));
        return given.isPresent();
    }

    /** Erasure: the person's record of consent goes with their account. */
    public synchronized void forget(UUID personId) {
        all.removeIf(c -> c.personId().equals(personId));
    }
}
