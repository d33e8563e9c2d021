package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What narrows and orders the listing of published resources: search words, one value per filter
 * (all must hold) and the sort. Every listing parameter lives here and is read by the one query
 * behind the listing ({@link LearningResources#published}) and the facet counts
 * ({@link LearningResources#facets}).
 *
 * @param text the search words, stripped; absent when blank
 * @param sort the order, resolved: {@link ResourceSort#RELEVANCE} by default with words,
 *     {@link ResourceSort#NEWEST} without
 * @param filters the filters' values as {@link ResourceFacet#valuesOf} names them
 */
public record ResourceQuery(Optional<String> text, ResourceSort sort, Map<ResourceFacet, String> filters) {

    public static final int MAX_TEXT = 200;
    public static final ResourceQuery ALL = of(Optional.empty(), Optional.empty(), Map.of());

    public ResourceQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sort, "sort");
        // in facet order, so that the listing's cursor scope spells them the same on every node
        filters = filters.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(filters));
    }

    /**
     * The query for the listing's parameters; a 400 names {@code q} when it is too long and
     * {@code sort} when relevance is asked for without words.
     */
    public static ResourceQuery of(
            Optional<String> text, Optional<ResourceSort> sort, Map<ResourceFacet, String> filters) {
        Optional<String> words = text.map(String::strip).filter(t -> !t.isEmpty());
        if (words.filter(w -> w.length() > MAX_TEXT).isPresent()) {
            throw InvalidInputException.of("q", "must be at most " + MAX_TEXT + " characters");
        }
        ResourceSort order = sort.orElse(words.isPresent() ? ResourceSort.RELEVANCE : ResourceSort.NEWEST);
        if (order == ResourceSort.RELEVANCE && words.isEmpty()) {
            throw InvalidInputException.of("sort", "RELEVANCE needs search words in q");
        }
        Map<ResourceFacet, String> kept = new EnumMap<>(ResourceFacet.class);
        filters.forEach((facet, value) -> {
            if (value != null) {
                kept.put(facet, value);
            }
        });
        return new ResourceQuery(words, order, kept);
    }

    /**
     * The words as the full-text search reads them: {@link SearchWords#plain}, so that any text is
     * a query the database accepts (empty, matching nothing, when the text holds no word).
     */
    public Optional<String> searchWords() {
        return text.map(SearchWords::plain);
    }

    public Optional<String> filter(ResourceFacet facet) {
        return Optional.ofNullable(filters.get(facet));
    }

    /** The same query without {@code facet}'s filter: what that facet's counts are taken over. */
    public ResourceQuery without(ResourceFacet facet) {
        Map<ResourceFacet, String> others = new EnumMap<>(ResourceFacet.class);
        others.putAll(filters);
        others.remove(facet);
        return new ResourceQuery(text, sort, others);
    }

    /** Whether the resource passes every filter (the words aside). */
    public boolean filtersAccept(ResourceMetadata metadata) {
        return filters.entrySet().stream()
                .allMatch(f -> f.getKey().valuesOf(metadata).contains(f.getValue()));
    }
}
