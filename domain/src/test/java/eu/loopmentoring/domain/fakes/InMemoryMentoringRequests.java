package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.MentoringRequests;
import eu.loopmentoring.domain.mentoring.RequestStatus;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Requests in memory; blocks between people are not kept here, so the pool never leaves a blocked mentee out. */
public final class InMemoryMentoringRequests implements MentoringRequests {
    public final Map<UUID, MentoringRequest> byId = new LinkedHashMap<>();

    @Override
    public Optional<MentoringRequest> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<MentoringRequest> findLocked(UUID id) {
        return find(id);
    }

    @Override
    public void add(MentoringRequest request) {
        byId.put(request.id(), request);
    }

    @Override
    public synchronized Optional<MentoringRequest> update(MentoringRequest r) {
        MentoringRequest stored = byId.get(r.id());
        if (stored == null || stored.version() != r.version()) {
            return Optional.empty();
        }
        MentoringRequest next = new MentoringRequest(
                r.id(),
                r.menteeId(),
                r.menteeName(),
                r.terms(),
                r.addressedTo(),
                r.coalitionId(),
                r.status(),
                r.createdAt(),
                r.updatedAt(),
                r.version() + 1);
        byId.put(r.id(), next);
        return Optional.of(next);
    }

    @Override
    public Page<MentoringRequest> ofMentee(UUID menteeId, Optional<RequestStatus> status, PageRequest page) {
        return FakePages.byKeyDescending(
                byId.values().stream()
                        .filter(r -> r.isOf(menteeId))
                        .filter(r -> status.map(s -> s == r.status()).orElse(true)),
                page,
                InMemoryMentoringRequests::key);
    }

    @Override
    public List<MentoringRequest> seekingInCoalition(UUID coalitionId) {
        throw new UnsupportedOperationException("coalitions are not kept in memory");
    }

    @Override
    public List<MentoringRequest> seeking() {
        return byId.values().stream()
                .filter(r -> r.status() == RequestStatus.OPEN && r.addressedTo().isEmpty())
                .toList();
    }

    @Override
    public Page<MentoringRequest> inPool(UUID viewer, PageRequest page) {
        return FakePages.byKey(
                byId.values().stream().filter(MentoringRequest::isInPool).filter(r -> !r.isOf(viewer)),
                page,
                InMemoryMentoringRequests::key);
    }

    @Override
    public List<MentoringRequest> allOf(UUID menteeId) {
        return byId.values().stream().filter(r -> r.isOf(menteeId)).toList();
    }

    private static List<String> key(MentoringRequest request) {
        return List.of(FakePages.sortable(request.createdAt()), request.id().toString());
    }
}
