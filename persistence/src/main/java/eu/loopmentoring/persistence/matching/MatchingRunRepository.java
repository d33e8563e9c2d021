package eu.loopmentoring.persistence.matching;

import eu.loopmentoring.domain.matchingrun.MatchingRun;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Progress;
import eu.loopmentoring.domain.matchingrun.MatchingRuns;
import eu.loopmentoring.domain.matchingrun.RunPair;
import eu.loopmentoring.domain.matchingrun.RunUnmatched;
import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Runs in {@code matching_run}, their pairs and unmatched requests. A worker claims a run with
 * {@code for update skip locked}; a run's thousands of pairs are inserted in JDBC batches. Rows
 * are read detached and changed with update statements, so that a run read twice in one
 * transaction is read anew (its worker's heartbeat changes it meanwhile).
 */
@ApplicationScoped
public class MatchingRunRepository implements MatchingRuns {

    private static final int BATCH = 500;

    /** The order of the index matching_run_coalition, which serves a coordinator's pages. */
    private static final KeysetOrder<MatchingRunEntity> NEWEST_FIRST = KeysetOrder.<MatchingRunEntity>by()
            .desc("r.createdAt", MatchingRunEntity::getCreatedAt, Instant::parse)
            .asc("r.id", MatchingRunEntity::getId, UUID::fromString);

    private final EntityManager em;
    private final MatchingRunEntityMapper mapper;

    MatchingRunRepository(EntityManager em, MatchingRunEntityMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Override
    public void add(MatchingRun run) {
        MatchingRunEntity entity = mapper.toEntity(run);
        em.persist(entity);
        em.flush();
        em.detach(entity);
    }

    @Override
    public Optional<MatchingRun> find(UUID id) {
        return run(em.createQuery("from MatchingRunEntity where id = :id", MatchingRunEntity.class)
                .setParameter("id", id)
                .getResultList());
    }

    @Override
    public Optional<MatchingRun> findLocked(UUID id) {
        return run(em.createNativeQuery("select * from matching_run where id = :id for update", MatchingRunEntity.class)
                .setParameter("id", id)
                .getResultList());
    }

    @Override
    public Optional<MatchingRun> claimNext(Instant staleBefore) {
        return run(em.createNativeQuery(
                        "select * from matching_run where status = 'PENDING' or (status = 'RUNNING'"
                                + " and heartbeat_at < :stale) order by created_at, id limit 1"
                                + " for update skip locked",
                        MatchingRunEntity.class)
                .setParameter("stale", staleBefore)
                .getResultList());
    }

    @Override
    public Optional<MatchingRun> claimPublishing() {
        return run(em.createNativeQuery(
                        "select * from matching_run where status = 'PUBLISHING' order by created_at, id"
                                + " limit 1 for update skip locked",
                        MatchingRunEntity.class)
                .getResultList());
    }

    @Override
    public Page<MatchingRun> newestFirst(Optional<Set<UUID>> coalitions, PageRequest page) {
        if (coalitions.filter(Set::isEmpty).isPresent()) {
            return new Page<>(List.of(), Optional.empty());
        }
        Conditions filters = Conditions.none().andIf(coalitions, "r.coalitionId in :coalitions", "coalitions");
        Page<MatchingRunEntity> rows =
                KeysetPages.page(em, MatchingRunEntity.class, "from MatchingRunEntity r", filters, NEWEST_FIRST, page);
        rows.items().forEach(em::detach);
        return rows.map(mapper::toDomain);
    }

    @Override
    public void save(MatchingRun run) {
        MatchingRunEntity e = mapper.toEntity(run);
        em.createQuery("update MatchingRunEntity r set r.status = :status, r.phase = :phase, r.progressDone = :done,"
                        + " r.progressTotal = :total, r.inputHash = :hash, r.requests = :requests,"
                        + " r.offers = :offers, r.matched = :matched, r.totalMilli = :milli,"
                        + " r.blockingPairs = :blocking, r.loadHistogram = :histogram, r.failure = :failure,"
                        + " r.proposed = :proposed, r.skipped = :skipped, r.startedAt = :started,"
                        + " r.heartbeatAt = :heartbeat, r.finishedAt = :finished, r.decidedAt = :decided,"
                        + " r.version = r.version + 1 where r.id = :id")
                .setParameter("status", e.getStatus())
                .setParameter("phase", e.getPhase())
                .setParameter("done", e.getProgressDone())
                .setParameter("total", e.getProgressTotal())
                .setParameter("hash", e.getInputHash())
                .setParameter("requests", e.getRequests())
                .setParameter("offers", e.getOffers())
                .setParameter("matched", e.getMatched())
                .setParameter("milli", e.getTotalMilli())
                .setParameter("blocking", e.getBlockingPairs())
                .setParameter("histogram", e.getLoadHistogram())
                .setParameter("failure", e.getFailure())
                .setParameter("proposed", e.getProposed())
                .setParameter("skipped", e.getSkipped())
                .setParameter("started", e.getStartedAt())
                .setParameter("heartbeat", e.getHeartbeatAt())
                .setParameter("finished", e.getFinishedAt())
                .setParameter("decided", e.getDecidedAt())
                .setParameter("id", e.getId())
                .executeUpdate();
    }

    @Override
    public void progress(UUID id, Progress progress, Instant now) {
        em.createQuery("update MatchingRunEntity set phase = :phase, progressDone = :done, progressTotal = :total,"
                        + " heartbeatAt = :now where id = :id and status = 'RUNNING'")
                .setParameter("phase", mapper.phase(progress.phase()))
                .setParameter("done", progress.done())
                .setParameter("total", progress.total())
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void storeResult(UUID runId, List<RunPair> pairs, List<RunUnmatched> unmatched) {
        em.createQuery("delete from MatchingRunPairEntity where runId = :run")
                .setParameter("run", runId)
                .executeUpdate();
        em.createQuery("delete from MatchingRunUnmatchedEntity where runId = :run")
                .setParameter("run", runId)
                .executeUpdate();
        Session session = em.unwrap(Session.class);
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(BATCH);
        try {
            insert(pairs.stream().map(mapper::toEntity).toList());
            insert(unmatched.stream().map(mapper::toEntity).toList());
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
    }

    /** Inserts the rows in batches, none of them staying in the persistence context. */
    private void insert(List<?> rows) {
        List<Object> written = new ArrayList<>(BATCH);
        for (Object row : rows) {
            em.persist(row);
            written.add(row);
            if (written.size() == BATCH) {
                em.flush();
                written.forEach(em::detach);
                written.clear();
            }
        }
        em.flush();
        written.forEach(em::detach);
    }

    @Override
    public Page<RunPair> pairs(UUID runId, PageRequest page) {
        List<RunPair> rows = pairs(em.createQuery(
                        "from MatchingRunPairEntity where runId = :run and requestId > :after order by requestId",
                        MatchingRunPairEntity.class)
                .setParameter("run", runId)
                .setParameter("after", after(page))
                .setMaxResults(page.fetchSize())
                .getResultList());
        return Page.fromOverfetch(rows, page, p -> Keyset.of(p.requestId().toString()));
    }

    @Override
    public List<RunPair> unpublishedPairs(UUID runId, int limit) {
        return pairs(em.createQuery(
                        "from MatchingRunPairEntity where runId = :run and outcome is null order by requestId",
                        MatchingRunPairEntity.class)
                .setParameter("run", runId)
                .setMaxResults(limit)
                .getResultList());
    }

    @Override
    public Map<UUID, Integer> proposedPerOffer(UUID runId) {
        return em.createQuery(
                        "select offerId as offer, count(*) as proposed from MatchingRunPairEntity"
                                + " where runId = :run and outcome = 'PROPOSED' group by offerId",
                        Tuple.class)
                .setParameter("run", runId)
                .getResultStream()
                .collect(Collectors.toMap(
                        t -> t.get("offer", UUID.class),
                        t -> t.get("proposed", Long.class).intValue()));
    }

    @Override
    public int skippedPairs(UUID runId) {
        return em.createQuery(
                        "select count(*) from MatchingRunPairEntity where runId = :run and outcome = 'SKIPPED'",
                        Long.class)
                .setParameter("run", runId)
                .getSingleResult()
                .intValue();
    }

    @Override
    public Page<RunUnmatched> unmatched(UUID runId, PageRequest page) {
        List<RunUnmatched> items = unmatched(em.createQuery(
                        "from MatchingRunUnmatchedEntity where runId = :run and requestId > :after order by requestId",
                        MatchingRunUnmatchedEntity.class)
                .setParameter("run", runId)
                .setParameter("after", after(page))
                .setMaxResults(page.fetchSize())
                .getResultList());
        return Page.fromOverfetch(items, page, u -> Keyset.of(u.requestId().toString()));
    }

    @Override
    public List<RunPair> pairsInvolving(UUID person) {
        return pairs(em.createQuery(
                        "from MatchingRunPairEntity where menteeId = :person or mentorId = :person"
                                + " order by runId, requestId",
                        MatchingRunPairEntity.class)
                .setParameter("person", person)
                .getResultList());
    }

    @Override
    public List<RunUnmatched> unmatchedOf(UUID person) {
        return unmatched(em.createQuery(
                        "from MatchingRunUnmatchedEntity where menteeId = :person order by runId, requestId",
                        MatchingRunUnmatchedEntity.class)
                .setParameter("person", person)
                .getResultList());
    }

    @Override
    public Optional<RunPair> findPair(UUID pairId) {
        return pairs(em.createQuery("from MatchingRunPairEntity where id = :id", MatchingRunPairEntity.class)
                        .setParameter("id", pairId)
                        .getResultList())
                .stream()
                .findFirst();
    }

    @Override
    public Optional<RunPair> pairOfProposal(UUID proposalId) {
        return pairs(em.createQuery("from MatchingRunPairEntity where proposalId = :id", MatchingRunPairEntity.class)
                        .setParameter("id", proposalId)
                        .getResultList())
                .stream()
                .findFirst();
    }

    @Override
    public void savePair(RunPair pair) {
        MatchingRunPairEntity e = mapper.toEntity(pair);
        em.createQuery("update MatchingRunPairEntity set outcome = :outcome, skipReason = :reason,"
                        + " proposalId = :proposal where id = :id")
                .setParameter("outcome", e.getOutcome())
                .setParameter("reason", e.getSkipReason())
                .setParameter("proposal", e.getProposalId())
                .setParameter("id", e.getId())
                .executeUpdate();
    }

    private List<RunPair> pairs(List<MatchingRunPairEntity> rows) {
        return detached(rows, mapper::toDomain);
    }

    private List<RunUnmatched> unmatched(List<MatchingRunUnmatchedEntity> rows) {
        return detached(rows, mapper::toDomain);
    }

    private Optional<MatchingRun> run(List<?> rows) {
        rows.forEach(em::detach);
        return rows.stream().findFirst().map(row -> mapper.toDomain((MatchingRunEntity) row));
    }

    private <E, T> List<T> detached(List<E> rows, Function<E, T> toDomain) {
        rows.forEach(em::detach);
        return rows.stream().map(toDomain).toList();
    }

    /** Ids sort as their text: the smallest id is before every other. */
    private static UUID after(PageRequest page) {
        return page.after().map(k -> UUID.fromString(k.value(0))).orElse(new UUID(0, 0));
    }
}
