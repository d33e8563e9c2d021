package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.RelationshipItems;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What any {@link RelationshipItems} must do (goals, sessions, tasks): found only in their
 * relationship, a stored change gets the next version, and lists keep the items' order, which is
 * by {@link #orderedAt} and then by id.
 */
public abstract class RelationshipItemsContract<T> extends RelationshipPortContract {

    protected abstract RelationshipItems<T> items();

    /** A new item of the relationship, {@code at} being what orders it. */
    protected abstract T newItem(MentoringRelationship relationship, Instant at);

    /** The item with a change a participant makes. */
    protected abstract T changed(T item);

    protected abstract UUID id(T item);

    protected abstract long version(T item);

    protected abstract Instant orderedAt(T item);

    protected T anItem(MentoringRelationship relationship, Instant at) {
        T added = items().add(newItem(relationship, at));
        assertThat(version(added)).isZero();
        return added;
    }

    private List<UUID> inOrder(Stream<T> items) {
        return items.sorted(Comparator.comparing(this::orderedAt).thenComparing(i -> id(i).toString()))
                .map(this::id)
                .toList();
    }

    @Test
    void anItemIsFoundOnlyInItsRelationship() {
        MentoringRelationship relationship = aRelationship();
        T item = anItem(relationship, T0);

        assertThat(items().find(relationship.id(), id(item))).contains(item);
        assertThat(items().find(aRelationship().id(), id(item))).isEmpty();
        assertThat(items().find(relationship.id(), UUID.randomUUID())).isEmpty();
    }

    @Test
    void aStoredChangeGetsTheNextVersionAndStoringItAgainKeepsIt() {
        MentoringRelationship relationship = aRelationship();
        T item = anItem(relationship, T0);

        T stored = items().update(changed(item));

        assertThat(version(stored)).isEqualTo(1);
        assertThat(items().find(relationship.id(), id(item))).contains(stored);
        assertThat(items().update(stored)).isEqualTo(stored);
        assertThat(items().find(relationship.id(), id(item))).contains(stored);
    }

    @Test
    void aRemovedItemIsGone() {
        MentoringRelationship relationship = aRelationship();
        T item = anItem(relationship, T0);
        T other = anItem(relationship, T0.plusSeconds(1));

        items().remove(id(item));

        assertThat(items().find(relationship.id(), id(item))).isEmpty();
        assertThat(items().of(relationship.id(), PageRequest.first(10)).items()).containsExactly(other);
    }

    @Test
    void aRelationshipsItemsComeInTheirOrderInKeysetPages() {
        MentoringRelationship relationship = aRelationship();
        List<T> added = List.of(
                anItem(relationship, T0.plusSeconds(30)),
                anItem(relationship, T0),
                anItem(relationship, T0.plusSeconds(10)),
                anItem(relationship, T0.plusSeconds(10)),
                anItem(relationship, T0.plusSeconds(20)));
        anItem(aRelationship(), T0.plusSeconds(5));

        List<T> listed = allPages(2, page -> items().of(relationship.id(), page));

        assertThat(listed).extracting(this::id).containsExactlyElementsOf(inOrder(added.stream()));
    }

    @Test
    void theItemsOfSeveralRelationshipsComeInOneListInTheirOrder() {
        MentoringRelationship one = aRelationship();
        MentoringRelationship two = aRelationship();
        List<T> added = List.of(anItem(one, T0.plusSeconds(20)), anItem(two, T0.plusSeconds(10)), anItem(one, T0));
        anItem(aRelationship(), T0.plusSeconds(5));

        assertThat(items().ofRelationships(List.of(one.id(), two.id())))
                .extracting(this::id)
                .containsExactlyElementsOf(inOrder(added.stream()));
        assertThat(items().ofRelationships(List.of())).isEmpty();
    }
}
