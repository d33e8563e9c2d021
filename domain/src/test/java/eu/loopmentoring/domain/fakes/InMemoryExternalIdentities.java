package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.identity.ExternalIdentities;
import eu.loopmentoring.domain.identity.ExternalIdentity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryExternalIdentities implements ExternalIdentities {
    public final Map<ExternalIdentity, UUID> links = new ConcurrentHashMap<>();

    @Override
    public Optional<UUID> personFor(String issuer, String subject) {
        return Optional.ofNullable(links.get(new ExternalIdentity(issuer, subject)));
    }

    @Override
    public void link(String issuer, String subject, UUID personId) {
        links.putIfAbsent(new ExternalIdentity(issuer, subject), personId);
    }

    @Override
    public List<ExternalIdentity> linkedTo(UUID personId) {
        return links.entrySet().stream()
                .filter(link -> link.getValue().equals(personId))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing(ExternalIdentity::issuer).thenComparing(ExternalIdentity::subject))
                .toList();
    }

    /** Erasure: the links go with the account. */
    public void forget(UUID personId) {
        links.values().removeIf(personId::equals);
    }
}
