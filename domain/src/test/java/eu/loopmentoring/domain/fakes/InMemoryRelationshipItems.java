package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.RelationshipItems;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Items inside relationships (goals, sessions, tasks) as the adapters keep them: a stored change
 * gets the next version, a change that changes nothing keeps it, and every list is in the items'
 * order.
 */
public class InMemoryRelationshipItems<T> implements RelationshipItems<T> {

    public final Map<UUID, T> byId = new LinkedHashMap<>();

    private final Function<T, UUID> id;
    private final Function<T, UUID> relationshipId;
    private final Function<T, List<String>> key;
    private final ToLongFunction<T> version;
    private final BiFunction<T, Long, T> withVersion;

    /**
     * @param key the items' order, as strings compared one after another
     * @param withVersion the item with another version
     */
    protected InMemoryRelationshipItems(
            Function<T, UUID> id,
            Function<T, UUID> relationshipId,
            Function<T, List<String>> key,
            ToLongFunction<T> version,
            BiFunction<T, Long, T> withVersion) {
        this.id = id;
        this.relationshipId = relationshipId;
        this.key = key;
        this.version = version;
        this.withVersion = withVersion;
    }

    @Override
    public Optional<T> find(UUID relationship, UUID itemId) {
        return Optional.ofNullable(byId.get(itemId))
                .filter(i -> relationshipId.apply(i).equals(relationship));
    }

    @Override
    public T add(T item) {
        byId.put(id.apply(item), item);
        return item;
    }

    @Override
    public T update(T item) {
        T stored = byId.get(id.apply(item));
        T next = FakeVersions.stored(stored, version.applyAsLong(stored), v -> withVersion.apply(item, v));
        byId.put(id.apply(next), next);
        return next;
    }

    @Override
    public void remove(UUID itemId) {
        byId.remove(itemId);
    }

    @Override
    public Page<T> of(UUID relationship, PageRequest page) {
        return FakePages.byKey(
                byId.values().stream().filter(i -> relationshipId.apply(i).equals(relationship)), page, key);
    }

    @Override
    public List<T> ofRelationships(List<UUID> relationshipIds) {
        return byId.values().stream()
                .filter(i -> relationshipIds.contains(relationshipId.apply(i)))
                .sorted(Comparator.comparing(key, FakePages.KEY_ORDER))
                .toList();
    }
}
