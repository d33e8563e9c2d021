package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.PersonBlock;
import eu.loopmentoring.domain.mentoring.PersonBlocks;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

public final class InMemoryPersonBlocks implements PersonBlocks {
    public final List<PersonBlock> all = new ArrayList<>();

    @Override
    public synchronized boolean add(PersonBlock block) {
        if (find(block.blockerId(), block.blockedId()).isPresent()) {
            return false;
        }
        return all.add(block);
    }

    @Override
    public Optional<PersonBlock> find(UUID blockerId, UUID blockedId) {
        return all.stream()
                .filter(b -> b.blockerId().equals(blockerId) && b.blockedId().equals(blockedId))
                .findFirst();
    }

    @Override
    public synchronized boolean remove(UUID blockerId, UUID blockedId) {
        return all.removeIf(
                b -> b.blockerId().equals(blockerId) && b.blockedId().equals(blockedId));
    }

    @Override
    public Set<UUID> around(UUID person) {
        Set<UUID> others = new TreeSet<>();
        for (PersonBlock b : all) {
            if (b.blockerId().equals(person)) {
                others.add(b.blockedId());
            } else if (b.blockedId().equals(person)) {
                others.add(b.blockerId());
            }
        }
        return others;
    }

    @Override
    public boolean between(UUID one, UUID other) {
        return find(one, other).isPresent() || find(other, one).isPresent();
    }

    @Override
    public Page<PersonBlock> of(UUID blockerId, PageRequest page) {
        return FakePages.byKeyDescending(
                all.stream().filter(b -> b.blockerId().equals(blockerId)), page, InMemoryPersonBlocks::key);
    }

    @Override
    public List<PersonBlock> allOf(UUID blockerId) {
        return all.stream()
                .filter(b -> b.blockerId().equals(blockerId))
                .sorted(Comparator.comparing(InMemoryPersonBlocks::key, FakePages.KEY_ORDER.reversed()))
                .toList();
    }

    private static List<String> key(PersonBlock block) {
        return List.of(FakePages.sortable(block.createdAt()), block.blockedId().toString());
    }
}
