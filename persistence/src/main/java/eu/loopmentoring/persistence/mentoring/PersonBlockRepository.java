package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.PersonBlock;
import eu.loopmentoring.domain.mentoring.PersonBlocks;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Chunks;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

@ApplicationScoped
public class PersonBlockRepository
        implements PersonBlocks, PanacheRepositoryBase<PersonBlockEntity, PersonBlockEntity.Key> {

    /** JPQL: true when a block stands between the person {@code :viewer} and the given person expression. */
    static String notBlockedWithViewer(String person) {
        return "not exists (select 1 from PersonBlockEntity b where (b.blockerId = :viewer and b.blockedId = " + person
                + ") or (b.blockedId = :viewer and b.blockerId = " + person + "))";
    }

    private static final KeysetOrder<PersonBlockEntity> NEWEST = KeysetOrder.<PersonBlockEntity>by()
            .desc("b.createdAt", PersonBlockEntity::getCreatedAt, Instant::parse)
            .desc("b.blockedId", PersonBlockEntity::getBlockedId, UUID::fromString);

    private final SafetyEntityMapper mapper;

    PersonBlockRepository(SafetyEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean add(PersonBlock block) {
        int inserted = getEntityManager()
                .createNativeQuery("insert into person_block (blocker_id, blocked_id, created_at)"
                        + " values (:blocker, :blocked, :at) on conflict do nothing")
                .setParameter("blocker", block.blockerId())
                .setParameter("blocked", block.blockedId())
                .setParameter("at", block.createdAt())
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public Optional<PersonBlock> find(UUID blockerId, UUID blockedId) {
        return findByIdOptional(new PersonBlockEntity.Key(blockerId, blockedId)).map(mapper::toDomain);
    }

    @Override
    public boolean remove(UUID blockerId, UUID blockedId) {
        PersonBlockEntity entity = findById(new PersonBlockEntity.Key(blockerId, blockedId));
        if (entity == null) {
            return false;
        }
        getEntityManager().remove(entity);
        return true;
    }

    @Override
    public Set<UUID> around(UUID person) {
        Set<UUID> others = new TreeSet<>();
        for (PersonBlockEntity b : list("blockerId = ?1 or blockedId = ?1", person)) {
            others.add(b.getBlockerId().equals(person) ? b.getBlockedId() : b.getBlockerId());
        }
        return others;
    }

    @Override
    public List<PersonBlock> among(Collection<UUID> people) {
        Set<UUID> all = Set.copyOf(people);
        List<PersonBlock> found = new ArrayList<>();
        for (List<UUID> chunk : Chunks.of(all)) {
            list("blockerId in ?1", chunk).stream()
                    .filter(b -> all.contains(b.getBlockedId()))
                    .map(mapper::toDomain)
                    .forEach(found::add);
        }
        return found;
    }

    @Override
    public boolean between(UUID one, UUID other) {
        return count("(blockerId = ?1 and blockedId = ?2) or (blockerId = ?2 and blockedId = ?1)", one, other) > 0;
    }

    @Override
    public Page<PersonBlock> of(UUID blockerId, PageRequest page) {
        Conditions filters = Conditions.none().and("b.blockerId = :blocker").bind("blocker", blockerId);
        return KeysetPages.page(this, "from PersonBlockEntity b", filters, NEWEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<PersonBlock> allOf(UUID blockerId) {
        return list("blockerId = ?1 order by createdAt desc, blockedId desc", blockerId).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
