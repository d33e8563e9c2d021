package eu.loopmentoring.api.resource;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.resource.ResourceFacet;
import eu.loopmentoring.domain.resource.ResourceQuery;
import eu.loopmentoring.domain.resource.ResourceSort;
import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.persistence.resource.ResourceSearch;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The plans of the listing's SQL ({@link ResourceSearch}), under the planner settings its
 * transaction runs with, at a realistic volume: 20,000 more published resources, rolled back
 * afterwards, with fresh statistics. Whatever the words (rare, accented, in a tenth of the bank,
 * in all of it, or none), the sort, the filter and the page (first, or after a cursor),
 * learning_resource is read through an index, never sequentially; with words, only the 1,000
 * most recently published matches are ranked and counted.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourceSearchPlanTest {

    private static final int VOLUME = 20_000;
    private static final String SEQUENTIAL = "Seq Scan on learning_resource";

    /** Rare (2%), accented, one in ten, in every resource, and no words. */
    private static final List<Optional<String>> TEXTS = List.of(
            Optional.of("mentoring conversations"),
            Optional.of("avaliação"),
            Optional.of("induction"),
            Optional.of("teachers"),
            Optional.empty());

    /** No filter, a common one, a rare scalar value, a value nobody has, an array filter. */
    private static final List<Map<ResourceFacet, String>> FILTERS = List.of(
            Map.of(),
            Map.of(ResourceFacet.LANGUAGE, "en"),
            Map.of(ResourceFacet.COUNTRY, "EE"),
            Map.of(ResourceFacet.TYPE, "TOOL"),
            Map.of(ResourceFacet.LICENCE, "CC0-1.0"),
            Map.of(ResourceFacet.TOPIC, "nobody-writes-on-this"),
            Map.of(ResourceFacet.COUNTRY, "PT", ResourceFacet.CAREER_STAGE, "INDUCTION"));

    /** A key after which a page continues, for each sort: what a cursor carries. */
    private static final Map<ResourceSort, Keyset> AFTER = Map.of(
            ResourceSort.RELEVANCE,
            Keyset.of("0.1", "00000000-0000-4000-8000-000000000000"),
            ResourceSort.NEWEST,
            Keyset.of("2026-01-01 00:00:00+00", "00000000-0000-4000-8000-000000000000"),
            ResourceSort.RATING,
            Keyset.of("3.5", "2026-01-01 00:00:00+00", "00000000-0000-4000-8000-000000000000"));

    @Inject
    DataSource database;

    private Connection connection;

    /** One transaction for the class: the resources are inserted once and never committed. */
    @BeforeAll
    void insertResources() throws SQLException {
        connection = database.getConnection();
        connection.setAutoCommit(false);
        syntheticResources(VOLUME);
        try (Statement settings = connection.createStatement()) {
            settings.execute(ResourceSearch.INDEX_PATHS_ONLY); // as the listing's transaction does
        }
    }

    @AfterAll
    void rollBack() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void every_listing_reads_learning_resource_through_an_index() throws SQLException {
        for (Optional<String> text : TEXTS) {
            for (ResourceSort sort : ResourceSort.values()) {
                if (sort == ResourceSort.RELEVANCE && text.isEmpty()) {
                    continue; // relevance needs words (400 otherwise)
                }
                for (Map<ResourceFacet, String> filters : FILTERS) {
                    ResourceQuery query = ResourceQuery.of(text, Optional.of(sort), filters);
                    assertThat(plan(ResourceSearch.page(query, Optional.empty(), 21)))
                            .as("first page of %s by %s with %s", text, sort, filters)
                            .doesNotContain(SEQUENTIAL);
                    assertThat(plan(ResourceSearch.page(query, Optional.of(AFTER.get(sort)), 21)))
                            .as("page after a cursor of %s by %s with %s", text, sort, filters)
                            .doesNotContain(SEQUENTIAL);
                }
            }
        }
    }

    @Test
    void facet_counts_read_learning_resource_through_an_index() throws SQLException {
        for (Optional<String> text : TEXTS) {
            for (Map<ResourceFacet, String> filters : FILTERS) {
                ResourceQuery query = ResourceQuery.of(text, Optional.empty(), filters);
                assertThat(plan(ResourceSearch.facets(query)))
                        .as("facets of %s with %s", text, filters)
                        .doesNotContain(SEQUENTIAL);
            }
        }
    }

    @Test
    void a_frequent_word_ranks_and_counts_only_the_most_recent_thousand_matches() throws SQLException {
        for (String word : List.of("induction", "teachers")) {
            String plan = plan(ResourceSearch.page(
                    ResourceQuery.of(Optional.of(word), Optional.empty(), Map.of()), Optional.empty(), 21));
            assertThat(plan.substring(plan.indexOf("Subquery Scan on m")))
                    .as("the ranked rows of %s come from the bounded candidate set", word)
                    .contains("Limit  (")
                    .containsPattern("rows=1000 ");
            String facets =
                    plan(ResourceSearch.facets(ResourceQuery.of(Optional.of(word), Optional.empty(), Map.of())));
            assertThat(facets)
                    .as("the counted rows of %s come from the same bounded candidate set", word)
                    .containsPattern("Limit  \\(cost=[0-9.]+ rows=1000 ");
        }
    }

    /** The synthetic resources that bench/resource-search also inserts, numbered 1 to {@code count}. */
    private void syntheticResources(int count) throws SQLException {
        String sql;
        try (InputStream file = getClass().getResourceAsStream("/resource-search/synthetic-resources.sql")) {
            sql = new String(file.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement insert = connection.createStatement()) {
            insert.execute(sql.replace(":from", "1").replace(":to", Integer.toString(count)));
            // fresh statistics, as autovacuum keeps them (the search index has no pending list)
            insert.execute("analyze learning_resource");
        }
    }

    /** EXPLAIN of a statement with named parameters, bound through JDBC. */
    private String plan(ResourceSearch.Statement statement) throws SQLException {
        Matcher names = Pattern.compile("(?<!:):([a-z_][a-z0-9_]*)").matcher(statement.sql());
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("explain ");
        while (names.find()) {
            values.add(statement.parameters().get(names.group(1)));
            names.appendReplacement(sql, "?");
        }
        names.appendTail(sql);
        try (PreparedStatement explain = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                explain.setObject(i + 1, values.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
