package eu.loopmentoring.persistence.organization;

import eu.loopmentoring.domain.organization.Member;
import eu.loopmentoring.domain.organization.MembershipStatus;
import eu.loopmentoring.domain.organization.MyOrganization;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizationMembershipRepository
        implements OrganizationMemberships, PanacheRepositoryBase<OrganizationMembershipEntity, UUID> {

    private static final KeysetOrder<OrganizationMembershipEntity> BY_NAME =
            KeysetOrder.<OrganizationMembershipEntity>by()
                    .asc("p.displayName", m -> m.getPerson().getDisplayName(), s -> s)
                    .asc("m.id", OrganizationMembershipEntity::getId, UUID::fromString);

    private final OrganizationEntityMapper mapper;

    OrganizationMembershipRepository(OrganizationEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<OrganizationMembership> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Optional<OrganizationMembership> findFor(UUID organizationId, UUID personId) {
        return find(
                        "organizationId = :organization and personId = :person",
                        Parameters.with("organization", organizationId).and("person", personId))
                .firstResultOptional()
                .map(mapper::toDomain);
    }

    @Override
    public boolean add(OrganizationMembership membership) {
        // The unique (organization, person) constraint decides between concurrent proposals.
        int inserted = getEntityManager()
                .createNativeQuery("insert into organization_membership (id, organization_id, person_id, role, status,"
                        + " message, invited_by, created_at, active_since, version) values (:id, :organization, :person,"
                        + " :role, :status, :message, :invitedBy, :createdAt, :activeSince, 0)"
                        + " on conflict (organization_id, person_id) do nothing")
                .setParameter("id", membership.id())
                .setParameter("organization", membership.organizationId())
                .setParameter("person", membership.personId())
                .setParameter("role", membership.role().name())
                .setParameter("status", membership.status().name())
                .setParameter("message", membership.message().orElse(null))
                .setParameter("invitedBy", membership.invitedBy().orElse(null))
                .setParameter("createdAt", membership.createdAt())
                .setParameter("activeSince", membership.activeSince().orElse(null))
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public Optional<OrganizationMembership> update(OrganizationMembership membership) {
        OrganizationMembershipEntity entity = findById(membership.id());
        if (entity == null || entity.getVersion() != membership.version()) {
            return Optional.empty();
        }
        entity.setRole(membership.role().name());
        entity.setStatus(membership.status().name());
        entity.setActiveSince(membership.activeSince().orElse(null));
        flush();
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public boolean remove(OrganizationMembership membership) {
        return delete(
                        "id = :id and version = :version",
                        Parameters.with("id", membership.id()).and("version", membership.version()))
                == 1;
    }

    @Override
    public Page<Member> list(UUID organizationId, Optional<MembershipStatus> status, PageRequest page) {
        Conditions filters = Conditions.none()
                .and("m.organizationId = :organization")
                .bind("organization", organizationId)
                .andIf(status.map(Enum::name), "m.status = :status", "status");
        return KeysetPages.page(
                        this, "from OrganizationMembershipEntity m join fetch m.person p", filters, BY_NAME, page)
                .map(this::member);
    }

    @Override
    public Optional<Member> member(UUID membershipId) {
        return find("from OrganizationMembershipEntity m join fetch m.person where m.id = ?1", membershipId)
                .firstResultOptional()
                .map(this::member);
    }

    @Override
    public int countActive(UUID organizationId, Optional<OrganizationRole> role) {
        return role.map(r -> count("organizationId = ?1 and status = 'ACTIVE' and role = ?2", organizationId, r.name()))
                .orElseGet(() -> count("organizationId = ?1 and status = 'ACTIVE'", organizationId))
                .intValue();
    }

    @Override
    public Map<UUID, Integer> countActive(List<UUID> organizationIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return counts;
        }
        getEntityManager()
                .createQuery(
                        "select m.organizationId, count(m) from OrganizationMembershipEntity m"
                                + " where m.organizationId in :ids and m.status = 'ACTIVE' group by m.organizationId",
                        Object[].class)
                .setParameter("ids", organizationIds)
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    @Override
    public List<MyOrganization> of(UUID personId) {
        return getEntityManager()
                .createQuery(
                        "select m, o.name from OrganizationMembershipEntity m, OrganizationEntity o"
                                + " where o.id = m.organizationId and m.personId = :person order by o.sortName, o.id",
                        Object[].class)
                .setParameter("person", personId)
                .getResultList()
                .stream()
                .map(row -> new MyOrganization(mapper.toDomain((OrganizationMembershipEntity) row[0]), (String) row[1]))
                .toList();
    }

    private Member member(OrganizationMembershipEntity entity) {
        return new Member(mapper.toDomain(entity), entity.getPerson().getDisplayName());
    }
}
