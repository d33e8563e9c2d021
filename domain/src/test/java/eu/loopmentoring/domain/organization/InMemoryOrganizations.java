package eu.loopmentoring.domain.organization;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The organisation ports' contracts in memory, for the directory's rules. */
public final class InMemoryOrganizations implements Organizations {

    final Map<UUID, Organization> all = new ConcurrentHashMap<>();

    @Override
    public Optional<Organization> find(UUID id) {
        return Optional.ofNullable(all.get(id));
    }

    @Override
    public void add(Organization organization) {
        all.put(organization.id(), organization);
    }

    @Override
    public Optional<Organization> update(Organization organization) {
        Organization current = all.get(organization.id());
        if (current == null || current.version() != organization.version()) {
            return Optional.empty();
        }
        Organization stored = new Organization(
                organization.id(),
                organization.name(),
                organization.kind(),
                organization.country(),
                organization.region(),
                organization.languages(),
                organization.schoolLevels(),
                organization.website(),
                organization.description(),
                organization.verifiedAt(),
                organization.createdBy(),
                organization.createdAt(),
                organization.version() + 1);
        all.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public Page<Organization> list(OrganizationFilter filter, PageRequest page) {
        List<Organization> rows = all.values().stream()
                .filter(o -> filter.only().map(o.id()::equals).orElse(true))
                .filter(o -> filter.namePrefix()
                        .map(p -> o.name().toLowerCase().startsWith(p.toLowerCase()))
                        .orElse(true))
                .sorted(Comparator.comparing(Organization::name))
                .limit(page.fetchSize())
                .toList();
        return Page.fromOverfetch(rows, page, o -> Keyset.of(o.name(), o.id().toString()));
    }

    static final class Memberships implements OrganizationMemberships {

        final Map<UUID, OrganizationMembership> all = new ConcurrentHashMap<>();
        private final People people;
        private final InMemoryOrganizations organizations;

        Memberships(People people, InMemoryOrganizations organizations) {
            this.people = people;
            this.organizations = organizations;
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
            List<Member> rows = all.values().stream()
                    .filter(m -> m.organizationId().equals(organizationId))
                    .filter(m -> status.map(s -> s == m.status()).orElse(true))
                    .map(this::member)
                    .sorted(Comparator.comparing(Member::displayName))
                    .limit(page.fetchSize())
                    .toList();
            return Page.fromOverfetch(
                    rows,
                    page,
                    m -> Keyset.of(m.displayName(), m.membership().id().toString()));
        }

        @Override
        public Optional<Member> member(UUID membershipId) {
            return find(membershipId).map(this::member);
        }

        private Member member(OrganizationMembership m) {
            return new Member(
                    m, people.find(m.personId()).map(Person::displayName).orElse("?"));
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
                    .toList();
        }
    }
}
