package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.organization.Member;
import eu.loopmentoring.domain.organization.MembershipStatus;
import eu.loopmentoring.domain.organization.MyOrganization;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryOrganizationMemberships implements OrganizationMemberships {

    public final Map<UUID, OrganizationMembership> all = new ConcurrentHashMap<>();
    private final People people;
    private final InMemoryOrganizations organizations;

    public InMemoryOrganizationMemberships(People people, InMemoryOrganizations organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    /** Makes the person an active teacher of the organisation, without going through the directory's rules. */
    public OrganizationMembership activeMember(UUID organizationId, UUID personId) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        OrganizationMembership membership = new OrganizationMembership(
                UUID.randomUUID(),
                organizationId,
                personId,
                OrganizationRole.TEACHER,
                MembershipStatus.ACTIVE,
                Optional.empty(),
                Optional.empty(),
                now,
                Optional.of(now),
                0);
        all.put(membership.id(), membership);
        return membership;
    }

    @Override
    public Optional<OrganizationMembership> find(UUID id) {
        return Optional.ofNullable(all.get(id));
    }

    @Override
    public Optional<OrganizationMembership> findFor(UUID organizationId, UUID personId) {
        return all.values().stream()
                .filter(m -> m.organizationId().equals(organizationId)
                        && m.personId().equals(personId))
                .findFirst();
    }

    @Override
    public synchronized boolean add(OrganizationMembership membership) {
        if (findFor(membership.organizationId(), membership.personId()).isPresent()) {
            return false;
        }
        all.put(membership.id(), membership);
        return true;
    }

    @Override
    public synchronized Optional<OrganizationMembership> update(OrganizationMembership m) {
        OrganizationMembership current = all.get(m.id());
        if (current == null || current.version() != m.version()) {
            return Optional.empty();
        }
        OrganizationMembership stored = new OrganizationMembership(
                m.id(),
                m.organizationId(),
                m.personId(),
                m.role(),
                m.status(),
                m.message(),
                m.invitedBy(),
                m.createdAt(),
                m.activeSince(),
                m.version() + 1);
        all.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized boolean remove(OrganizationMembership membership) {
        OrganizationMembership current = all.get(membership.id());
        return current != null && current.version() == membership.version() && all.remove(membership.id()) != null;
    }

    @Override
    public Page<Member> list(UUID organizationId, Optional<MembershipStatus> status, PageRequest page) {
        return FakePages.byKey(
                all.values().stream()
                        .filter(m -> m.organizationId().equals(organizationId))
                        .filter(m -> status.map(s -> s == m.status()).orElse(true))
                        .map(this::member),
                page,
                m -> List.of(m.displayName(), m.membership().id().toString()));
    }

    @Override
    public Optional<Member> member(UUID membershipId) {
        return find(membershipId).map(this::member);
    }

    private Member member(OrganizationMembership m) {
        return new Member(m, people.find(m.personId()).map(Person::displayName).orElse("?"));
    }

    @Override
    public int countActive(UUID organizationId, Optional<OrganizationRole> role) {
        return (int) all.values().stream()
                .filter(m -> m.organizationId().equals(organizationId) && m.active())
                .filter(m -> role.map(r -> r == m.role()).orElse(true))
                .count();
    }

    @Override
    public Map<UUID, Integer> countActive(List<UUID> organizationIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        organizationIds.forEach(id -> counts.put(id, countActive(id, Optional.empty())));
        return counts;
    }

    @Override
    public List<MyOrganization> of(UUID personId) {
        return all.values().stream()
                .filter(m -> m.personId().equals(personId))
                .map(m -> new MyOrganization(
                        m, organizations.all.get(m.organizationId()).name()))
                .sorted(Comparator.comparing(
                                (MyOrganization o) -> o.organizationName().toLowerCase(Locale.ROOT))
                        .thenComparing(o -> o.membership().organizationId()))
                .toList();
    }
}
