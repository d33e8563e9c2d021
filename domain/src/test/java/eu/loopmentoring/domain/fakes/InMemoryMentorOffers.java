package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.OfferFilter;
import eu.loopmentoring.domain.mentoring.OfferTerms;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToIntFunction;

/** Offers in memory; blocks between people are not kept here, so listings never leave a blocked mentor out. */
public final class InMemoryMentorOffers implements MentorOffers {
    public final Map<UUID, MentorOffer> byId = new LinkedHashMap<>();
    private final ToIntFunction<UUID> runningRelationships;

    /** @param runningRelationships mentees in running relationships, by offer id */
    public InMemoryMentorOffers(ToIntFunction<UUID> runningRelationships) {
        this.runningRelationships = runningRelationships;
    }

    private MentorOffer counted(MentorOffer o) {
        return new MentorOffer(
                o.id(),
                o.mentorId(),
                o.mentorName(),
                o.terms(),
                o.status(),
                runningRelationships.applyAsInt(o.id()),
                o.missedProposals(),
                o.lastActiveAt(),
                o.createdAt(),
                o.version());
    }

    @Override
    public Optional<MentorOffer> find(UUID id) {
        return Optional.ofNullable(byId.get(id)).map(this::counted);
    }

    @Override
    public Optional<MentorOffer> findLocked(UUID id) {
        return find(id);
    }

    @Override
    public Optional<MentorOffer> ofMentor(UUID mentorId) {
        return byId.values().stream().filter(o -> o.isOf(mentorId)).findFirst().map(this::counted);
    }

    @Override
    public synchronized boolean add(MentorOffer offer) {
        if (ofMentor(offer.mentorId()).isPresent()) {
            return false;
        }
        byId.put(offer.id(), offer);
        return true;
    }

    @Override
    public synchronized Optional<MentorOffer> update(MentorOffer offer) {
        MentorOffer stored = byId.get(offer.id());
        if (stored == null || stored.version() != offer.version()) {
            return Optional.empty();
        }
        MentorOffer next = new MentorOffer(
                offer.id(),
                offer.mentorId(),
                offer.mentorName(),
                offer.terms(),
                offer.status(),
                0,
                offer.missedProposals(),
                offer.lastActiveAt(),
                offer.createdAt(),
                offer.version() + 1);
        byId.put(offer.id(), next);
        return find(offer.id());
    }

    @Override
    public List<MentorOffer> activeInCoalition(UUID coalitionId) {
        throw new UnsupportedOperationException("coalitions are not kept in memory");
    }

    @Override
    public List<MentorOffer> active() {
        return byId.values().stream()
                .filter(MentorOffer::isActive)
                .map(this::counted)
                .toList();
    }

    @Override
    public Page<MentorOffer> list(UUID viewer, OfferFilter filter, PageRequest page) {
        return FakePages.byKey(
                        byId.values().stream()
                                .filter(o -> filter.mine() ? o.isOf(viewer) : o.isActive() || o.isOf(viewer))
                                .filter(o -> matches(o.terms(), filter)),
                        page,
                        o -> List.of(
                                FakePages.sortable(o.missedProposals()),
                                FakePages.latestFirst(o.lastActiveAt()),
                                o.id().toString()))
                .map(this::counted);
    }

    private static boolean matches(OfferTerms terms, OfferFilter filter) {
        return filter.language().map(terms.languages()::contains).orElse(true)
                && filter.format().map(terms.formats()::contains).orElse(true)
                && filter.mode().map(terms.modes()::contains).orElse(true)
                && filter.profileDimension()
                        .map(terms.expertise().profileDimensions()::contains)
                        .orElse(true)
                && filter.subject().map(terms.expertise().subjects()::contains).orElse(true)
                && filter.schoolLevel()
                        .map(terms.expertise().schoolLevels()::contains)
                        .orElse(true);
    }
}
