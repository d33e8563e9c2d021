package eu.loopmentoring.persistence.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.domain.matching.Criterion;
import eu.loopmentoring.domain.matching.Filter;
import eu.loopmentoring.domain.matching.MatchingResult.UnmatchedReason;
import eu.loopmentoring.domain.matching.MeetingFormat;
import eu.loopmentoring.domain.matching.MeetingMode;
import eu.loopmentoring.domain.matching.PairExplanation;
import eu.loopmentoring.domain.matchingrun.MatchingRun;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Phase;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Progress;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Publication;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Status;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Summary;
import eu.loopmentoring.domain.matchingrun.MatchingRuns;
import eu.loopmentoring.domain.matchingrun.RunPair;
import eu.loopmentoring.domain.matchingrun.RunUnmatched;
import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.resource.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Runs in {@code matching_run}, their pairs (the explanation as JSON) and unmatched requests. A
 * worker claims a run with {@code for update skip locked}; a run's thousands of pairs are written
 * with JDBC batches, not one statement each.
 */
@ApplicationScoped
public class MatchingRunRepository implements MatchingRuns {

    /** The stored form of a pair's explanation; a storage format. */
    record StoredExplanation(
            Map<Criterion, Long> contributions,
            Set<Filter> filters,
            List<String> languages,
            Set<MeetingFormat> formats,
            Set<MeetingMode> modes,
            String region) {}

    private static final String RUN_COLUMNS = "id, coalition_id, requested_by, policy_version, status, phase,"
            + " progress_done, progress_total, input_hash, requests, offers, matched, total_milli, blocking_pairs,"
            + " load_histogram, failure, proposed, skipped, created_at, started_at, finished_at, decided_at, version";

    private static final String PAIR_COLUMNS = "id, run_id, request_id, offer_id, mentee_id, mentor_id, milli_points,"
            + " explanation, outcome, skip_reason, proposal_id";

    private static final int BATCH = 500;

    private final EntityManager em;
    private final ObjectMapper json = new ObjectMapper();

    MatchingRunRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(MatchingRun run) {
        em.createNativeQuery("insert into matching_run (id, coalition_id, requested_by, policy_version, status,"
                        + " created_at, version) values (:id, :coalition, :by, :policy, :status, :at, 0)")
                .setParameter("id", run.id())
                .setParameter("coalition", run.coalitionId())
                .setParameter("by", run.requestedBy().orElseThrow())
                .setParameter("policy", run.policyVersion())
                .setParameter("status", run.status().name())
                .setParameter("at", Timestamp.from(run.createdAt()))
                .executeUpdate();
    }

    @Override
    public Optional<MatchingRun> find(UUID id) {
        return oneRun("select " + RUN_COLUMNS + " from matching_run where id = :id", id);
    }

    @Override
    public Optional<MatchingRun> findLocked(UUID id) {
        return oneRun("select " + RUN_COLUMNS + " from matching_run where id = :id for update", id);
    }

    @Override
    public Optional<MatchingRun> claimNext(Instant staleBefore) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + RUN_COLUMNS + " from matching_run"
                        + " where status = 'PENDING' or (status = 'RUNNING' and heartbeat_at < :stale)"
                        + " order by created_at, id limit 1 for update skip locked")
                .setParameter("stale", Timestamp.from(staleBefore))
                .getResultList();
        return rows.stream().findFirst().map(this::run);
    }

    @Override
    public Optional<MatchingRun> claimPublishing() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + RUN_COLUMNS + " from matching_run"
                        + " where status = 'PUBLISHING' order by created_at, id limit 1 for update skip locked")
                .getResultList();
        return rows.stream().findFirst().map(this::run);
    }

    @Override
    public void save(MatchingRun run) {
        Optional<Summary> s = run.summary();
        // JDBC, so that each absent figure is a typed null
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update matching_run set status = ?,"
                    + " phase = ?, progress_done = ?, progress_total = ?, input_hash = ?, requests = ?, offers = ?,"
                    + " matched = ?, total_milli = ?, blocking_pairs = ?, load_histogram = cast(? as jsonb),"
                    + " failure = ?, proposed = ?, skipped = ?, started_at = ?, heartbeat_at = ?, finished_at = ?,"
                    + " decided_at = ?, version = version + 1 where id = ?")) {
                update.setString(1, run.status().name());
                update.setObject(2, run.progress().phase().map(Enum::name).orElse(null), Types.VARCHAR);
                update.setLong(3, run.progress().done());
                update.setLong(4, run.progress().total());
                update.setObject(5, s.map(Summary::inputHash).orElse(null), Types.VARCHAR);
                update.setObject(6, s.map(Summary::requests).orElse(null), Types.INTEGER);
                update.setObject(7, s.map(Summary::offers).orElse(null), Types.INTEGER);
                update.setObject(8, s.map(Summary::matched).orElse(null), Types.INTEGER);
                update.setObject(9, s.map(Summary::totalMilliPoints).orElse(null), Types.BIGINT);
                update.setObject(10, s.map(Summary::blockingPairs).orElse(null), Types.BIGINT);
                update.setObject(11, s.map(x -> write(x.loadHistogram())).orElse(null), Types.VARCHAR);
                update.setObject(12, run.failure().orElse(null), Types.VARCHAR);
                update.setObject(
                        13, run.publication().map(Publication::proposed).orElse(null), Types.INTEGER);
                update.setObject(14, run.publication().map(Publication::skipped).orElse(null), Types.INTEGER);
                update.setObject(
                        15,
                        run.startedAt().map(MatchingRunRepository::utc).orElse(null),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                update.setObject(
                        16,
                        run.startedAt().map(MatchingRunRepository::utc).orElse(null),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                update.setObject(
                        17,
                        run.finishedAt().map(MatchingRunRepository::utc).orElse(null),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                update.setObject(
                        18,
                        run.decidedAt().map(MatchingRunRepository::utc).orElse(null),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                update.setObject(19, run.id());
                update.executeUpdate();
            }
        });
    }

    @Override
    public void progress(UUID id, Progress progress, Instant now) {
        em.createNativeQuery("update matching_run set phase = :phase, progress_done = :done, progress_total = :total,"
                        + " heartbeat_at = :now where id = :id and status = 'RUNNING'")
                .setParameter("phase", progress.phase().map(Enum::name).orElse(null))
                .setParameter("done", progress.done())
                .setParameter("total", progress.total())
                .setParameter("now", Timestamp.from(now))
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void storeResult(UUID runId, List<RunPair> pairs, List<RunUnmatched> unmatched) {
        em.createNativeQuery("delete from matching_run_pair where run_id = :run")
                .setParameter("run", runId)
                .executeUpdate();
        em.createNativeQuery("delete from matching_run_unmatched where run_id = :run")
                .setParameter("run", runId)
                .executeUpdate();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into matching_run_pair (" + PAIR_COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), null, null, null)")) {
                int n = 0;
                for (RunPair p : pairs) {
                    insert.setObject(1, p.id());
                    insert.setObject(2, p.runId());
                    insert.setObject(3, p.requestId());
                    insert.setObject(4, p.offerId());
                    insert.setObject(5, p.menteeId());
                    insert.setObject(6, p.mentorId());
                    insert.setLong(7, p.milliPoints());
                    insert.setString(8, write(explanation(p)));
                    insert.addBatch();
                    if (++n % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into matching_run_unmatched (run_id, request_id, mentee_id, reason, feasible_offers,"
                            + " excluded_by) values (?, ?, ?, ?, ?, cast(? as jsonb))")) {
                int n = 0;
                for (RunUnmatched u : unmatched) {
                    insert.setObject(1, u.runId());
                    insert.setObject(2, u.requestId());
                    insert.setObject(3, u.menteeId());
                    insert.setString(4, u.reason().name());
                    insert.setInt(5, u.feasibleOffers());
                    insert.setString(6, write(u.excludedBy()));
                    insert.addBatch();
                    if (++n % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    @Override
    public Page<RunPair> pairs(UUID runId, PageRequest page) {
        List<RunPair> rows = pairRows(
                "select " + PAIR_COLUMNS + " from matching_run_pair where run_id = :run and request_id > :after"
                        + " order by request_id limit :fetch",
                runId,
                page);
        return Page.fromOverfetch(rows, page, p -> Keyset.of(p.requestId().toString()));
    }

    @Override
    public List<RunPair> unpublishedPairs(UUID runId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + PAIR_COLUMNS + " from matching_run_pair"
                        + " where run_id = :run and outcome is null order by request_id limit :limit")
                .setParameter("run", runId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(this::pair).toList();
    }

    @Override
    public Map<UUID, Integer> proposedPerOffer(UUID runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select offer_id, count(*) from matching_run_pair"
                        + " where run_id = :run and outcome = 'PROPOSED' group by offer_id")
                .setParameter("run", runId)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> uuid(r[0]), r -> ((Number) r[1]).intValue()));
    }

    @Override
    public int skippedPairs(UUID runId) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from matching_run_pair where run_id = :run and outcome = 'SKIPPED'")
                        .setParameter("run", runId)
                        .getSingleResult())
                .intValue();
    }

    @Override
    public Page<RunUnmatched> unmatched(UUID runId, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select run_id, request_id, mentee_id, reason, feasible_offers,"
                        + " excluded_by from matching_run_unmatched where run_id = :run and request_id > :after"
                        + " order by request_id limit :fetch")
                .setParameter("run", runId)
                .setParameter("after", after(page))
                .setParameter("fetch", page.fetchSize())
                .getResultList();
        List<RunUnmatched> items = rows.stream().map(this::unmatched).toList();
        return Page.fromOverfetch(items, page, u -> Keyset.of(u.requestId().toString()));
    }

    @Override
    public List<RunPair> pairsInvolving(UUID person) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + PAIR_COLUMNS + " from matching_run_pair"
                        + " where mentee_id = :person or mentor_id = :person order by run_id, request_id")
                .setParameter("person", person)
                .getResultList();
        return rows.stream().map(this::pair).toList();
    }

    @Override
    public List<RunUnmatched> unmatchedOf(UUID person) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select run_id, request_id, mentee_id, reason, feasible_offers,"
                                + " excluded_by from matching_run_unmatched where mentee_id = :person order by run_id, request_id")
                .setParameter("person", person)
                .getResultList();
        return rows.stream().map(this::unmatched).toList();
    }

    private RunUnmatched unmatched(Object[] r) {
        return new RunUnmatched(
                uuid(r[0]),
                uuid(r[1]),
                uuid(r[2]),
                UnmatchedReason.valueOf((String) r[3]),
                ((Number) r[4]).intValue(),
                read(r[5].toString(), new TypeReference<Map<Filter, Integer>>() {}));
    }

    @Override
    public Optional<RunPair> findPair(UUID pairId) {
        return onePair("select " + PAIR_COLUMNS + " from matching_run_pair where id = :id", pairId);
    }

    @Override
    public Optional<RunPair> pairOfProposal(UUID proposalId) {
        return onePair("select " + PAIR_COLUMNS + " from matching_run_pair where proposal_id = :id", proposalId);
    }

    @Override
    public void savePair(RunPair pair) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update matching_run_pair set outcome = ?, skip_reason = ?, proposal_id = ? where id = ?")) {
                update.setObject(1, pair.outcome().map(Enum::name).orElse(null), Types.VARCHAR);
                update.setObject(2, pair.skipReason().orElse(null), Types.VARCHAR);
                update.setObject(3, pair.proposalId().orElse(null), Types.OTHER);
                update.setObject(4, pair.id());
                update.executeUpdate();
            }
        });
    }

    private Optional<MatchingRun> oneRun(String sql, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(this::run);
    }

    private Optional<RunPair> onePair(String sql, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(this::pair);
    }

    private List<RunPair> pairRows(String sql, UUID runId, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter("run", runId)
                .setParameter("after", after(page))
                .setParameter("fetch", page.fetchSize())
                .getResultList();
        return rows.stream().map(this::pair).toList();
    }

    /** Ids sort as their text: the smallest id is before every other. */
    private static UUID after(PageRequest page) {
        return page.after().map(k -> UUID.fromString(k.value(0))).orElse(new UUID(0, 0));
    }

    private MatchingRun run(Object[] r) {
        Optional<Summary> summary = Optional.ofNullable(r[8])
                .map(hash -> new Summary(
                        (String) hash,
                        ((Number) r[9]).intValue(),
                        ((Number) r[10]).intValue(),
                        ((Number) r[11]).intValue(),
                        ((Number) r[12]).longValue(),
                        ((Number) r[13]).longValue(),
                        read(r[14].toString(), new TypeReference<TreeMap<Integer, Integer>>() {})));
        Optional<Publication> publication = Optional.ofNullable(r[16])
                .map(p -> new Publication(((Number) p).intValue(), ((Number) r[17]).intValue()));
        return new MatchingRun(
                uuid(r[0]),
                uuid(r[1]),
                Optional.ofNullable(r[2]).map(MatchingRunRepository::uuid),
                ((Number) r[3]).intValue(),
                Status.valueOf((String) r[4]),
                new Progress(
                        Optional.ofNullable(r[5]).map(p -> Phase.valueOf((String) p)),
                        ((Number) r[6]).longValue(),
                        ((Number) r[7]).longValue()),
                summary,
                Optional.ofNullable((String) r[15]),
                publication,
                SqlValues.instant(r[18]),
                Optional.ofNullable(r[19]).map(SqlValues::instant),
                Optional.ofNullable(r[20]).map(SqlValues::instant),
                Optional.ofNullable(r[21]).map(SqlValues::instant),
                ((Number) r[22]).longValue());
    }

    private RunPair pair(Object[] r) {
        StoredExplanation e = read(r[7].toString(), new TypeReference<StoredExplanation>() {});
        return new RunPair(
                uuid(r[0]),
                uuid(r[1]),
                uuid(r[2]),
                uuid(r[3]),
                uuid(r[4]),
                uuid(r[5]),
                ((Number) r[6]).longValue(),
                e.contributions(),
                e.filters(),
                new PairExplanation.Shared(e.languages(), e.formats(), e.modes(), Optional.ofNullable(e.region())),
                Optional.ofNullable(r[8]).map(o -> RunPair.Outcome.valueOf((String) o)),
                Optional.ofNullable((String) r[9]),
                Optional.ofNullable(r[10]).map(MatchingRunRepository::uuid));
    }

    private static StoredExplanation explanation(RunPair p) {
        return new StoredExplanation(
                p.contributions(),
                p.filtersApplied(),
                p.shared().languages(),
                p.shared().formats(),
                p.shared().modes(),
                p.shared().region().orElse(null));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a matching run", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a matching run", e);
        }
    }
}
