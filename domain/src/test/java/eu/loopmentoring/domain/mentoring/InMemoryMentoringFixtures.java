package eu.loopmentoring.domain.mentoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Terms and offers the tests build on. */
final class InMemoryMentoringFixtures {

    private InMemoryMentoringFixtures() {}

    static OfferTerms terms(int capacity) {
        return new OfferTerms(
                capacity,
                new Expertise(Set.of(), Set.of("mathematics"), Set.of(), Set.of()),
                List.of("pt", "en"),
                Set.of(MentoringFormat.ONE_TO_ONE),
                Set.of(MentoringMode.ONLINE),
                Optional.empty(),
                Optional.empty());
    }

    static MentorOffer offer(UUID mentor, int capacity) {
        return MentorOffer.create(mentor, "João", terms(capacity), Instant.parse("2026-11-23T09:00:00Z"));
    }

    static RequestDraft draft() {
        return new RequestDraft(
                Optional.empty(),
                "Manage a noisy class of 28",
                List.of("pt"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    static RequestDraft addressedTo(UUID offerId) {
        RequestDraft d = draft();
        return new RequestDraft(
                d.needs(), d.goals(), d.languages(), d.format(), d.mode(), d.region(), Optional.of(offerId));
    }
}
