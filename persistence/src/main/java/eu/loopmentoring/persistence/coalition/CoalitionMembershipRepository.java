package eu.loopmentoring.persistence.coalition;

import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CoalitionMembershipRepository
        implements CoalitionMemberships, PanacheRepositoryBase<CoalitionMembershipEntity, UUID> {

    private static final KeysetOrder<CoalitionMembershipEntity> OLDEST_FIRST =
            KeysetOrder.<CoalitionMembershipEntity>by()
                    .asc("m.requestedAt", CoalitionMembershipEntity::getRequestedAt, Instant::parse)
                    .asc("m.id", CoalitionMembershipEntity::getId, UUID::fromString);

    private final CoalitionEntityMapper mapper;

    CoalitionMembershipRepository(CoalitionEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<CoalitionMembership> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Optional<CoalitionMembership> find(UUID coalitionId, UUID personId) {
        return find("coalitionId = ?1 and personId = ?2", coalitionId, personId)
                .firstResultOptional()
                .map(mapper::toDomain);
    }

    @Override
    public List<CoalitionMembership> find(UUID personId, Collection<UUID> coalitionIds) {
        if (coalitionIds.isEmpty()) {
            return List.of();
        }
        return list("personId = ?1 and coalitionId in ?2", personId, coalitionIds).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public List<CoalitionMembership> membershipsOf(UUID personId) {
        return list("personId", Sort.by("requestedAt").and("id"), personId).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public boolean add(CoalitionMembership membership) {
        // The unique (coalition, person) constraint decides concurrent joins, without leaving a
        // failed statement in the transaction.
        int inserted = getEntityManager()
                .createNativeQuery("insert into coalition_membership (id, coalition_id, person_id, role, status,"
                        + " requested_at, joined_at, version)"
                        + " values (:id, :coalition, :person, :role, :status, :requestedAt, :joinedAt, 0)"
                        + " on conflict do nothing")
                .setParameter("id", membership.id())
                .setParameter("coalition", membership.coalitionId())
                .setParameter("person", membership.personId())
                .setParameter("role", membership.role().name())
                .setParameter("status", membership.status().name())
                .setParameter("requestedAt", membership.requestedAt())
                .setParameter("joinedAt", membership.joinedAt().orElse(null))
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public Optional<CoalitionMembership> update(CoalitionMembership membership) {
        CoalitionMembershipEntity entity = findById(membership.id());
        if (entity == null || entity.getVersion() != membership.version()) {
            return Optional.empty();
        }
        mapper.copy(membership, entity);
        flush();
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public boolean remove(CoalitionMembership membership) {
        CoalitionMembershipEntity entity = findById(membership.id());
        if (entity == null || entity.getVersion() != membership.version()) {
            return false;
        }
        delete(entity);
        flush();
        return true;
    }

    @Override
    public int countCoordinators(UUID coalitionId) {
        return (int) count(
                "coalitionId = ?1 and status = ?2 and role = ?3",
                coalitionId,
                MembershipStatus.ACTIVE.name(),
                CoalitionRole.COORDINATOR.name());
    }

    @Override
    public int count(UUID coalitionId) {
        return (int) count("coalitionId", coalitionId);
    }

    @Override
    public Page<CoalitionMembership> list(UUID coalitionId, Optional<MembershipStatus> status, PageRequest page) {
        Conditions filters = Conditions.none()
                .and("m.coalitionId = :coalition")
                .bind("coalition", coalitionId)
                .andIf(status.map(Enum::name), "m.status = :status", "status");
        return KeysetPages.page(this, "from CoalitionMembershipEntity m", filters, OLDEST_FIRST, page)
                .map(mapper::toDomain);
    }
}
