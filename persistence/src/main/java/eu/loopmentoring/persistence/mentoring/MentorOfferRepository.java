package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.OfferFilter;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentorOfferRepository implements MentorOffers, PanacheRepositoryBase<MentorOfferEntity, UUID> {

    private static final KeysetOrder<MentorOfferEntity> RANKED = KeysetOrder.<MentorOfferEntity>by()
            .asc("o.missedProposals", MentorOfferEntity::getMissedProposals, Integer::valueOf)
            .desc("o.lastActiveAt", MentorOfferEntity::getLastActiveAt, Instant::parse)
            .asc("o.id", MentorOfferEntity::getId, UUID::fromString);

    private final MentoringEntityMapper mapper;

    MentorOfferRepository(MentoringEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<MentorOffer> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Optional<MentorOffer> findLocked(UUID id) {
        return RowLocks.lock(getEntityManager(), MentorOfferEntity.class, id).map(mapper::toDomain);
    }

    @Override
    public Optional<MentorOffer> ofMentor(UUID mentorId) {
        return find("mentorId", mentorId).firstResultOptional().map(mapper::toDomain);
    }

    @Override
    public boolean add(MentorOffer offer) {
        // One offer per person: the row lock on the person serialises two first offers of theirs.
        getEntityManager()
                .createNativeQuery("select id from person where id = :id for update")
                .setParameter("id", offer.mentorId())
                .getResultList();
        if (count("mentorId", offer.mentorId()) > 0) {
            return false;
        }
        MentorOfferEntity entity = new MentorOfferEntity();
        mapper.copy(offer, entity);
        persist(entity);
        flush();
        return true;
    }

    @Override
    public Optional<MentorOffer> update(MentorOffer offer) {
        MentorOfferEntity entity = findById(offer.id());
        if (entity == null || entity.getVersion() != offer.version()) {
            return Optional.empty();
        }
        mapper.copy(offer, entity);
        flush();
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public List<MentorOffer> active() {
        return list("status = 'ACTIVE' order by id").stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public List<MentorOffer> activeInCoalition(UUID coalitionId) {
        return list(
                        "status = 'ACTIVE' and mentorId in (select m.personId from CoalitionMembershipEntity m"
                                + " where m.coalitionId = ?1 and m.status = 'ACTIVE')",
                        coalitionId)
                .stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public Page<MentorOffer> list(UUID viewer, OfferFilter filter, PageRequest page) {
        Conditions filters = Conditions.none()
                .and(filter.mine() ? "o.mentorId = :viewer" : "(o.status = 'ACTIVE' or o.mentorId = :viewer)")
                .bind("viewer", viewer)
                .and(PersonBlockRepository.notBlockedWithViewer("o.mentorId"))
                .andIf(filter.language(), "array_contains(o.languages, :language)", "language")
                .andIf(filter.format().map(Enum::name), "array_contains(o.formats, :format)", "format")
                .andIf(filter.mode().map(Enum::name), "array_contains(o.modes, :mode)", "mode")
                .andIf(
                        filter.profileDimension().map(Enum::name),
                        "array_contains(o.profileDimensions, :dimension)",
                        "dimension")
                .andIf(filter.subject(), "array_contains(o.subjects, :subject)", "subject")
                .andIf(filter.schoolLevel().map(Enum::name), "array_contains(o.schoolLevels, :level)", "level");
        return KeysetPages.page(this, "from MentorOfferEntity o", filters, RANKED, page)
                .map(mapper::toDomain);
    }
}
