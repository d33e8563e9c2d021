package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationFilter;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The organisation ports' contracts in memory, for the directory's rules. */
public final class InMemoryOrganizations implements Organizations {

    public final Map<UUID, Organization> all = new ConcurrentHashMap<>();

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
        return FakePages.byKey(
                all.values().stream()
                        .filter(o -> filter.only().map(o.id()::equals).orElse(true))
                        .filter(o -> filter.country().map(o.country()::equals).orElse(true))
                        .filter(o -> filter.kind().map(k -> k == o.kind()).orElse(true))
                        .filter(o -> filter.namePrefix()
                                .map(p -> sortName(o).startsWith(p.strip().toLowerCase(Locale.ROOT)))
                                .orElse(true)),
                page,
                o -> List.of(sortName(o), o.id().toString()));
    }

    private static String sortName(Organization organization) {
        return organization.name().toLowerCase(Locale.ROOT);
    }
}
