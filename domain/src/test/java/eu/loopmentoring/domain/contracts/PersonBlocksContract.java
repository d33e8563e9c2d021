package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.mentoring.PersonBlock;
import eu.loopmentoring.domain.mentoring.PersonBlocks;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What any {@link PersonBlocks} must do. */
public abstract class PersonBlocksContract extends PortContract {

    protected abstract PersonBlocks blocks();

    private UUID someone() {
        return aPerson("Someone").id();
    }

    @Test
    void aBlockIsFoundOnceAndRemovedOnce() {
        UUID blocker = someone();
        UUID blocked = someone();
        PersonBlock block = new PersonBlock(blocker, blocked, T0);

        assertThat(blocks().add(block)).isTrue();
        assertThat(blocks().add(new PersonBlock(blocker, blocked, T0.plusSeconds(1))))
                .isFalse();

        assertThat(blocks().find(blocker, blocked)).contains(block);
        assertThat(blocks().find(blocked, blocker)).isEmpty();
        assertThat(blocks().remove(blocker, blocked)).isTrue();
        assertThat(blocks().remove(blocker, blocked)).isFalse();
        assertThat(blocks().find(blocker, blocked)).isEmpty();
    }

    @Test
    void blocksWorkBothWaysForAroundAndBetweenAndAmong() {
        UUID person = someone();
        UUID blockedByPerson = someone();
        UUID blockingPerson = someone();
        UUID unrelated = someone();
        PersonBlock first = new PersonBlock(person, blockedByPerson, T0);
        PersonBlock second = new PersonBlock(blockingPerson, person, T0);
        blocks().add(first);
        blocks().add(second);
        blocks().add(new PersonBlock(unrelated, someone(), T0));

        assertThat(blocks().around(person)).containsExactlyInAnyOrder(blockedByPerson, blockingPerson);
        assertThat(blocks().between(person, blockingPerson)).isTrue();
        assertThat(blocks().between(blockedByPerson, person)).isTrue();
        assertThat(blocks().between(person, unrelated)).isFalse();
        assertThat(blocks().among(List.of(person, blockedByPerson, blockingPerson, unrelated)))
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aBlockersBlocksAreNewestFirstInKeysetPages() {
        UUID blocker = someone();
        List<PersonBlock> added = IntStream.range(0, 5)
                .mapToObj(i -> new PersonBlock(blocker, someone(), T0.plusSeconds(i % 2)))
                .toList();
        added.forEach(blocks()::add);

        List<PersonBlock> listed = allPages(2, page -> blocks().of(blocker, page));

        assertThat(listed)
                .containsExactlyElementsOf(added.stream()
                        .sorted(Comparator.comparing(PersonBlock::createdAt)
                                .thenComparing(b -> b.blockedId().toString())
                                .reversed())
                        .toList());
        assertThat(blocks().allOf(blocker)).containsExactlyElementsOf(listed);
    }
}
