package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.resource.ResourceFacet;
import eu.loopmentoring.domain.resource.ResourceQuery;
import eu.loopmentoring.domain.resource.ResourceSort;
import eu.loopmentoring.domain.shared.Keyset;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL behind the listing and search of published resources (changelog 0015).
 *
 * <p>Without words, the filters narrow the published resources in the sort's order. With words,
 * the GIN index on {@code search_vector} answers {@code resource_search_any(q)} (the words in
 * every configuration), the filters narrow those matches, and only the {@value #CANDIDATES} most
 * recently published of them are checked against the query in their own configuration and
 * ranked ({@code ts_rank_cd}): ranking reads every candidate's vector, so a frequent word never
 * makes it rank the whole table. Pages continue with a seek on the sort key and id (the cursor
 * carries the key as text), so relevance pages are as stable as the candidate set.
 */
public final class ResourceSearch {

    /** How many of the most recently published text matches a search ranks, sorts and counts. */
    static final int CANDIDATES = 1000;

    /**
     * Run before the listing's statements, for the rest of their transaction: the planner takes an
     * index path wherever there is one. Every shape has one that is bounded (changelogs 0012,
     * 0015, 0018), while the planner's estimate of how many rows a text query matches is rough:
     * with a word in a fifth of a bank of some ten thousand resources it may judge reading the
     * whole table cheaper, a choice that grows with the bank. {@code ResourceSearchPlanTest}
     * checks every shape's plan under this setting.
     */
    public static final String INDEX_PATHS_ONLY = "select set_config('enable_seqscan', 'off', true)";

    private record Column(String name, boolean array) {}

    private record Key(String expression, String type, boolean descending) {}

    private static final Map<ResourceFacet, Column> COLUMNS = new EnumMap<>(Map.of(
            ResourceFacet.TYPE, new Column("type", false),
            ResourceFacet.LANGUAGE, new Column("languages", true),
            ResourceFacet.TARGET_GROUP, new Column("target_groups", true),
            ResourceFacet.CAREER_STAGE, new Column("career_stages", true),
            ResourceFacet.SCHOOL_LEVEL, new Column("school_levels", true),
            ResourceFacet.PROFILE_DIMENSION, new Column("profile_dimensions", true),
            ResourceFacet.SCHOOL_DIMENSION, new Column("school_dimensions", true),
            ResourceFacet.TOPIC, new Column("topics", true),
            ResourceFacet.COUNTRY, new Column("country", false),
            ResourceFacet.LICENCE, new Column("licence", false)));

    private static final Map<ResourceSort, List<Key>> ORDERS = Map.of(
            ResourceSort.RELEVANCE,
            List.of(new Key("c.rank", "real", true), new Key("c.id", "uuid", false)),
            ResourceSort.NEWEST,
            List.of(new Key("c.published_at", "timestamptz", true), new Key("c.id", "uuid", true)),
            ResourceSort.RATING,
            List.of(
                    new Key("c.average", "numeric", true),
                    new Key("c.published_at", "timestamptz", true),
                    new Key("c.id", "uuid", true)));

    /** One row of a page: the resource's id and its sort key, as the cursor carries it. */
    record Hit(UUID id, Keyset key) {}

    /**
     * A native statement with its named parameters ({@code :name}); public so that a test can read
     * its plan.
     */
    public record Statement(String sql, Map<String, Object> parameters) {}

    private ResourceSearch() {}

    /** At most {@code fetch} ids in the query's order after {@code after}, each with its key. */
    static List<Hit> page(EntityManager em, ResourceQuery query, Optional<Keyset> after, int fetch) {
        Statement statement = page(query, after, fetch);
        em.createNativeQuery(INDEX_PATHS_ONLY).getSingleResult();
        List<Hit> hits = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(statement.sql()), statement.parameters())
                .getResultList()) {
            Object[] values = (Object[]) row;
            List<String> key = new ArrayList<>();
            for (Object value : values) {
                key.add((String) value);
            }
            hits.add(new Hit(UUID.fromString(key.getLast()), new Keyset(key)));
        }
        return hits;
    }

    /** The statement of one page: each row is the sort key as text, the id last. */
    public static Statement page(ResourceQuery query, Optional<Keyset> after, int fetch) {
        Map<String, Object> parameters = new HashMap<>();
        String matches = "select r.id, r.published_at, r.rating_sum, r.rating_count"
                + (query.text().isPresent() ? ", r.search_vector, r.search_config" : "")
                + " from learning_resource r where " + where("r", query, parameters, Optional.empty());
        String candidates;
        if (query.text().isPresent()) {
            parameters.put("q", query.searchWords().orElseThrow());
            candidates = "with m as (" + matches + " and r.search_vector @@ resource_search_any(:q)"
                    + " order by r.published_at desc, r.id desc limit " + CANDIDATES + "),"
                    + " c as (select m.id, m.published_at, " + average("m") + " as average,"
                    + " ts_rank_cd(m.search_vector, resource_search_query(m.search_config, :q)) as rank"
                    + " from m where m.search_vector @@ resource_search_query(m.search_config, :q))";
        } else {
            candidates =
                    "with c as (select m.id, m.published_at, " + average("m") + " as average from (" + matches + ") m)";
        }
        List<Key> keys = ORDERS.get(query.sort());
        List<String> selected = new ArrayList<>();
        List<String> orderBy = new ArrayList<>();
        for (Key key : keys) {
            selected.add("cast(" + key.expression() + " as text)");
            orderBy.add(key.expression() + (key.descending() ? " desc" : " asc"));
        }
        String sql = candidates + " select " + String.join(", ", selected) + " from c"
                + after.map(k -> " where " + seek(keys, k, parameters)).orElse("")
                + " order by " + String.join(", ", orderBy) + " limit " + fetch;
        return new Statement(sql, parameters);
    }

    /** For every facet, value → count over the matches of the query without that facet's filter. */
    static Map<ResourceFacet, Map<String, Long>> facets(EntityManager em, ResourceQuery query) {
        Statement statement = facets(query);
        em.createNativeQuery(INDEX_PATHS_ONLY).getSingleResult();
        Map<ResourceFacet, Map<String, Long>> result = new EnumMap<>(ResourceFacet.class);
        for (ResourceFacet facet : ResourceFacet.values()) {
            result.put(facet, new LinkedHashMap<>());
        }
        for (Object row : bind(em.createNativeQuery(statement.sql()), statement.parameters())
                .getResultList()) {
            Object[] values = (Object[]) row;
            result.get(ResourceFacet.valueOf((String) values[0]))
                    .put((String) values[1], ((Number) values[2]).longValue());
        }
        return result;
    }

    /** The statement of the facet counts: rows of facet name, value and count. */
    public static Statement facets(ResourceQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String columns = "r.status, r.type, r.languages, r.target_groups, r.career_stages, r.school_levels,"
                + " r.profile_dimensions, r.school_dimensions, r.topics, r.country, r.licence";
        String published = "from learning_resource r where r.status = 'PUBLISHED'";
        String counted = "select " + columns + " " + published;
        if (query.text().isPresent()) {
            // the candidates a search ranks: the most recent matches in any configuration, kept
            // where they match in their own
            parameters.put("q", query.searchWords().orElseThrow());
            counted = "select " + columns + " from (select " + columns + ", r.search_vector, r.search_config "
                    + published + " and r.search_vector @@ resource_search_any(:q)"
                    + " order by r.published_at desc, r.id desc limit " + CANDIDATES + ") r"
                    + " where r.search_vector @@ resource_search_query(r.search_config, :q)";
        }
        // One pass over the counted rows: each row gives a (facet, value) pair for every value of
        // every facet whose other filters it passes, and one aggregate counts the pairs.
        List<String> facetNames = new ArrayList<>();
        List<String> facetValues = new ArrayList<>();
        for (ResourceFacet facet : ResourceFacet.values()) {
            Column column = COLUMNS.get(facet);
            String others = where("b", query, parameters, Optional.of(facet));
            String names = column.array()
                    ? "array_fill(cast('" + facet.name() + "' as text), array[cardinality(b." + column.name() + ")])"
                    : "array[cast('" + facet.name() + "' as text)]";
            String values = column.array() ? "b." + column.name() : "array[b." + column.name() + "]";
            facetNames.add("case when " + others + " then " + names + " else cast(array[] as text[]) end");
            facetValues.add("case when " + others + " then " + values + " else cast(array[] as text[]) end");
        }
        String sql = "with b as (" + counted + ") select f.facet, f.value, count(*) from b cross join lateral unnest("
                + String.join(" || ", facetNames) + ", " + String.join(" || ", facetValues)
                + ") f(facet, value) where f.value is not null group by f.facet, f.value";
        return new Statement(sql, parameters);
    }

    /** Published, and every filter of the query but {@code except}'s. */
    private static String where(
            String alias, ResourceQuery query, Map<String, Object> parameters, Optional<ResourceFacet> except) {
        List<String> conditions = new ArrayList<>();
        conditions.add(alias + ".status = 'PUBLISHED'");
        query.filters().forEach((facet, value) -> {
            if (except.filter(facet::equals).isPresent()) {
                return;
            }
            Column column = COLUMNS.get(facet);
            String parameter = "f_" + facet.name().toLowerCase(Locale.ROOT);
            parameters.put(parameter, value);
            conditions.add(
                    column.array()
                            ? alias + "." + column.name() + " @> array[cast(:" + parameter + " as text)]"
                            : alias + "." + column.name() + " = :" + parameter);
        });
        return String.join(" and ", conditions);
    }

    private static String average(String alias) {
        return "coalesce(cast(" + alias + ".rating_sum as numeric) / nullif(" + alias + ".rating_count, 0), 0)";
    }

    /**
     * The rows after the key in the order: a row comparison {@code (a, b) < (:k0, :k1)} where every
     * key goes the same way, which an index on the keys answers as a range; else
     * {@code (a < :k0) or (a = :k0 and b > :k1) ...}.
     */
    private static String seek(List<Key> keys, Keyset after, Map<String, Object> parameters) {
        if (after.values().size() != keys.size()) {
            throw new IllegalArgumentException("keyset does not fit this order");
        }
        if (keys.stream().map(Key::descending).distinct().count() == 1) {
            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                columns.add(keys.get(i).expression());
                values.add("cast(:k" + i + " as " + keys.get(i).type() + ")");
                parameters.put("k" + i, after.value(i));
            }
            return "(" + String.join(", ", columns) + ") " + (keys.getFirst().descending() ? "<" : ">") + " ("
                    + String.join(", ", values) + ")";
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                Key key = keys.get(j);
                String operator = j < i ? " = " : key.descending() ? " < " : " > ";
                parts.add(key.expression() + operator + "cast(:k" + j + " as " + key.type() + ")");
            }
            alternatives.add("(" + String.join(" and ", parts) + ")");
            parameters.put("k" + i, after.value(i));
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
