package eu.loopmentoring.domain.mentoring;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The agreement of a relationship, with each participant's confirmation. It holds once every
 * member confirmed it; any change, also after that, clears all confirmations, so that the changed
 * terms hold only once everyone confirms them again.
 */
public record MentoringAgreement(
        UUID relationshipId,
        AgreementTerms terms,
        Map<UUID, Instant> confirmations,
        Map<UUID, Side> members,
        Optional<UUID> updatedBy,
        Instant updatedAt,
        long version) {

    public MentoringAgreement {
        Objects.requireNonNull(relationshipId, "relationshipId");
        Objects.requireNonNull(terms, "terms");
        confirmations = Map.copyOf(confirmations);
        members = Map.copyOf(members);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static MentoringAgreement draft(UUID relationshipId, AgreementTerms terms, UUID by, Instant now) {
        return new MentoringAgreement(relationshipId, terms.datedAt(now), Map.of(), Map.of(), Optional.of(by), now, 0);
    }

    /** The new terms, unconfirmed by all. */
    public MentoringAgreement changed(AgreementTerms next, UUID by, Instant now) {
        return new MentoringAgreement(
                relationshipId, next.datedAt(now), Map.of(), members, Optional.of(by), now, version);
    }

    /** Confirmed by {@code person}; confirming again changes nothing. */
    public MentoringAgreement confirmedBy(UUID person, Instant now) {
        if (isConfirmedBy(person)) {
            return this;
        }
        Map<UUID, Instant> next = new HashMap<>(confirmations);
        next.put(person, now);
        return new MentoringAgreement(relationshipId, terms, next, members, updatedBy, updatedAt, version);
    }

    public boolean isConfirmedBy(UUID person) {
        return confirmations.containsKey(person);
    }

    /** The agreement as seen in {@code relationship}: its members are the ones who must confirm. */
    public MentoringAgreement in(MentoringRelationship relationship) {
        Map<UUID, Side> next = relationship.participants().stream()
                .filter(Participant::isMember)
                .collect(Collectors.toMap(Participant::personId, Participant::role));
        return new MentoringAgreement(relationshipId, terms, confirmations, next, updatedBy, updatedAt, version);
    }

    /** Every member confirmed these terms. */
    public boolean isConfirmed() {
        return !members.isEmpty() && members.keySet().stream().allMatch(this::isConfirmedBy);
    }

    /** When the last member confirmed, once all did. */
    public Optional<Instant> confirmedAt() {
        return isConfirmed()
                ? members.keySet().stream().map(confirmations::get).max(Instant::compareTo)
                : Optional.empty();
    }

    /** The confirmation of the one member with {@code role} (a one-to-one's mentor or mentee). */
    public Optional<Instant> confirmedAt(Side role) {
        List<UUID> withRole = members.entrySet().stream()
                .filter(e -> e.getValue() == role)
                .map(Map.Entry::getKey)
                .toList();
        return withRole.size() == 1 ? Optional.ofNullable(confirmations.get(withRole.get(0))) : Optional.empty();
    }
}
