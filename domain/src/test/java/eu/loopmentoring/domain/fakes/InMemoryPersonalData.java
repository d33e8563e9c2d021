package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.privacy.PersonalData;
import eu.loopmentoring.domain.shared.PlatformRole;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Erasure over the in-memory stores: the person and what is theirs alone go, the audit log keeps
 * its events without them, and a community they alone coordinated passes to its longest-standing
 * active member. Other stores that hold the person's rows are given as {@code alsoForget}.
 */
public final class InMemoryPersonalData implements PersonalData {

    private final InMemoryPeople people;
    private final InMemoryAudit audit;
    private final InMemoryOrganizationMemberships organizationMemberships;
    private final InMemoryCoalitionMemberships coalitionMemberships;
    private final List<Consumer<UUID>> alsoForget;

    @SafeVarargs
    public InMemoryPersonalData(
            InMemoryPeople people,
            InMemoryAudit audit,
            InMemoryOrganizationMemberships organizationMemberships,
            InMemoryCoalitionMemberships coalitionMemberships,
            Consumer<UUID>... alsoForget) {
        this.people = people;
        this.audit = audit;
        this.organizationMemberships = organizationMemberships;
        this.coalitionMemberships = coalitionMemberships;
        this.alsoForget = List.of(alsoForget);
    }

    @Override
    public Set<UUID> administratorsLocked() {
        return people.byId.values().stream()
                .filter(p -> p.platformRoles().contains(PlatformRole.ADMINISTRATOR))
                .map(Person::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized void eraseEverythingAbout(UUID personId, Email email) {
        audit.anonymise(personId, email.value(), personId.toString());
        handOverOrganizations(personId);
        handOverCoalitions(personId);
        organizationMemberships.all.values().removeIf(m -> m.personId().equals(personId));
        coalitionMemberships.byId.values().removeIf(m -> m.personId().equals(personId));
        alsoForget.forEach(forget -> forget.accept(personId));
        people.byId.remove(personId);
    }

    private void handOverOrganizations(UUID personId) {
        List<OrganizationMembership> all = List.copyOf(organizationMemberships.all.values());
        all.stream()
                .filter(m -> m.personId().equals(personId) && m.isActiveIn(OrganizationRole.COORDINATOR))
                .map(OrganizationMembership::organizationId)
                .filter(organization -> all.stream()
                        .noneMatch(o -> o.organizationId().equals(organization)
                                && !o.personId().equals(personId)
                                && o.isActiveIn(OrganizationRole.COORDINATOR)))
                .forEach(organization -> all.stream()
                        .filter(o -> o.organizationId().equals(organization)
                                && !o.personId().equals(personId)
                                && o.active())
                        .min(Comparator.comparing((OrganizationMembership o) ->
                                        o.activeSince().orElse(Instant.MAX))
                                .thenComparing(o -> o.id().toString()))
                        .ifPresent(successor ->
                                organizationMemberships.update(successor.withRole(OrganizationRole.COORDINATOR))));
    }

    private void handOverCoalitions(UUID personId) {
        List<CoalitionMembership> all = List.copyOf(coalitionMemberships.byId.values());
        all.stream()
                .filter(m -> m.personId().equals(personId) && m.isActive() && m.isCoordinator())
                .map(CoalitionMembership::coalitionId)
                .filter(coalition -> all.stream()
                        .noneMatch(o -> o.coalitionId().equals(coalition)
                                && !o.personId().equals(personId)
                                && o.isActive()
                                && o.isCoordinator()))
                .forEach(coalition -> all.stream()
                        .filter(o -> o.coalitionId().equals(coalition)
                                && !o.personId().equals(personId)
                                && o.isActive())
                        .min(Comparator.comparing(
                                        (CoalitionMembership o) -> o.joinedAt().orElse(Instant.MAX))
                                .thenComparing(o -> o.id().toString()))
                        .ifPresent(successor ->
                                coalitionMemberships.update(successor.withRole(CoalitionRole.COORDINATOR))));
    }
}
