package eu.loopmentoring.persistence.partner;

import eu.loopmentoring.domain.partner.ApiClient;
import eu.loopmentoring.domain.partner.ApiClientSecret;
import eu.loopmentoring.domain.partner.ApiClients;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ApiClientRepository implements ApiClients, PanacheRepositoryBase<ApiClientEntity, UUID> {

    private static final KeysetOrder<ApiClientEntity> BY_NAME = KeysetOrder.<ApiClientEntity>by()
            .asc("c.sortName", ApiClientEntity::getSortName, s -> s)
            .asc("c.id", ApiClientEntity::getId, UUID::fromString);

    @Override
    public Optional<ApiClient> find(UUID id) {
        return findByIdOptional(id).map(ApiClientRepository::toDomain);
    }

    @Override
    public void add(ApiClient client) {
        ApiClientEntity entity = new ApiClientEntity();
        entity.setId(client.id());
        entity.setOrganizationId(client.organizationId());
        entity.setCreatedBy(client.createdBy());
        entity.setCreatedAt(client.createdAt());
        copy(client, entity);
        persist(entity);
    }

    @Override
    public Optional<ApiClient> update(ApiClient client) {
        ApiClientEntity entity = findById(client.id());
        if (entity == null || entity.getVersion() != client.version()) {
            return Optional.empty();
        }
        if (copy(client, entity)) {
            // The secrets are rows of their own: without this their change would leave the version,
            // and a stale update could put back the secrets a rotation replaced.
            getEntityManager().lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        flush();
        return Optional.of(toDomain(entity));
    }

    @Override
    public Page<ApiClient> list(Optional<UUID> organizationId, PageRequest page) {
        Conditions filters =
                Conditions.none().andIf(organizationId, "c.organizationId = :organization", "organization");
        return KeysetPages.page(this, "from ApiClientEntity c", filters, BY_NAME, page)
                .map(ApiClientRepository::toDomain);
    }

    /**
     * The client's fields, and its secrets synchronised by id (a secret's hash never changes);
     * whether the secrets changed.
     */
    private static boolean copy(ApiClient client, ApiClientEntity entity) {
        entity.setName(client.name());
        entity.setScopes(client.scopes().stream().map(Scope::value).toArray(String[]::new));
        entity.setEnabled(client.enabled());
        Map<UUID, ApiClientSecret> wanted =
                client.secrets().stream().collect(Collectors.toMap(ApiClientSecret::id, Function.identity()));
        boolean changed = entity.getSecrets().removeIf(s -> !wanted.containsKey(s.getId()));
        Set<UUID> present =
                entity.getSecrets().stream().map(ApiClientSecretEntity::getId).collect(Collectors.toSet());
        for (ApiClientSecretEntity s : entity.getSecrets()) {
            Instant expiresAt = wanted.get(s.getId()).expiresAt().orElse(null);
            changed |= !Objects.equals(s.getExpiresAt(), expiresAt);
            s.setExpiresAt(expiresAt);
        }
        List<ApiClientSecret> added =
                client.secrets().stream().filter(s -> !present.contains(s.id())).toList();
        added.forEach(s -> {
            ApiClientSecretEntity secret = new ApiClientSecretEntity();
            secret.setId(s.id());
            secret.setClient(entity);
            secret.setHash(s.hash());
            secret.setCreatedAt(s.createdAt());
            secret.setExpiresAt(s.expiresAt().orElse(null));
            entity.getSecrets().add(secret);
        });
        return changed || !added.isEmpty();
    }

    private static ApiClient toDomain(ApiClientEntity entity) {
        return new ApiClient(
                entity.getId(),
                entity.getName(),
                entity.getOrganizationId(),
                Arrays.stream(entity.getScopes())
                        .map(Scope::parse)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toSet()),
                entity.isEnabled(),
                entity.getSecrets().stream()
                        .map(s -> new ApiClientSecret(
                                s.getId(), s.getHash(), s.getCreatedAt(), Optional.ofNullable(s.getExpiresAt())))
                        .toList(),
                entity.getCreatedBy(),
                entity.getCreatedAt(),
                entity.getVersion());
    }
}
