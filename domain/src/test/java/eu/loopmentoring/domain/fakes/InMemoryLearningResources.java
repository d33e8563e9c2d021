package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.Rating;
import eu.loopmentoring.domain.resource.ResourceFacet;
import eu.loopmentoring.domain.resource.ResourceQuery;
import eu.loopmentoring.domain.resource.ResourceSort;
import eu.loopmentoring.domain.resource.ResourceStatus;
import eu.loopmentoring.domain.resource.Review;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public final class InMemoryLearningResources implements LearningResources {
    public final Map<UUID, LearningResource> byId = new LinkedHashMap<>();
    public InMemoryResourceReviews reviews;

    @Override
    public Optional<LearningResource> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<LearningResource> findLocked(UUID id) {
        return find(id);
    }

    @Override
    public Map<UUID, LearningResource> findAll(Collection<UUID> ids) {
        Map<UUID, LearningResource> found = new HashMap<>();
        ids.forEach(id -> find(id).ifPresent(r -> found.put(id, r)));
        return found;
    }

    @Override
    public void add(LearningResource resource) {
        byId.put(resource.id(), resource);
    }

    @Override
    public LearningResource update(LearningResource r) {
        LearningResource stored = new LearningResource(
                r.id(),
                r.metadata(),
                r.status(),
                r.submittedBy(),
                r.createdAt(),
                r.updatedAt(),
                r.submittedAt(),
                r.publishedAt(),
                r.rejectionReason(),
                byId.get(r.id()).rating(),
                r.version() + 1);
        byId.put(r.id(), stored);
        return stored;
    }

    @Override
    public Rating refreshRating(UUID id) {
        List<Review> all =
                reviews.all.stream().filter(v -> v.resourceId().equals(id)).toList();
        Rating rating =
                new Rating(all.size(), all.stream().mapToLong(Review::rating).sum());
        LearningResource r = byId.get(id);
        byId.put(
                id,
                new LearningResource(
                        r.id(),
                        r.metadata(),
                        r.status(),
                        r.submittedBy(),
                        r.createdAt(),
                        r.updatedAt(),
                        r.submittedAt(),
                        r.publishedAt(),
                        r.rejectionReason(),
                        rating,
                        r.version()));
        return rating;
    }

    @Override
    public Page<LearningResource> published(ResourceQuery query, PageRequest page) {
        Stream<LearningResource> matching = byId.values().stream().filter(r -> matches(r, query));
        if (query.sort() == ResourceSort.NEWEST) {
            return FakePages.byKeyDescending(
                    matching,
                    page,
                    r -> List.of(FakePages.sortable(r.publishedAt().orElseThrow()), r.id().toString()));
        }
        return FakePages.page(
                matching.sorted(Comparator.comparing(
                                (LearningResource r) -> r.publishedAt().orElseThrow())
                        .reversed()),
                page);
    }

    /** Words are matched as a case-insensitive substring of the title: enough for the domain. */
    private static boolean matches(LearningResource r, ResourceQuery query) {
        return r.isPublished()
                && query.filtersAccept(r.metadata())
                && query.text()
                        .map(t -> r.metadata().title().toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT)))
                        .orElse(true);
    }

    @Override
    public Map<ResourceFacet, Map<String, Long>> facets(ResourceQuery query) {
        Map<ResourceFacet, Map<String, Long>> counts = new EnumMap<>(ResourceFacet.class);
        for (ResourceFacet facet : ResourceFacet.values()) {
            ResourceQuery others = query.without(facet);
            counts.put(
                    facet,
                    byId.values().stream()
                            .filter(r -> matches(r, others))
                            .flatMap(r -> facet.valuesOf(r.metadata()).stream())
                            .collect(Collectors.groupingBy(v -> v, Collectors.counting())));
        }
        return counts;
    }

    @Override
    public Page<LearningResource> submittedBy(UUID personId, Optional<ResourceStatus> status, PageRequest page) {
        return FakePages.byKeyDescending(
                byId.values().stream()
                        .filter(r -> r.isBy(personId))
                        .filter(r -> status.map(s -> s == r.status()).orElse(true)),
                page,
                InMemoryLearningResources::newestCreated);
    }

    @Override
    public List<LearningResource> allSubmittedBy(UUID personId) {
        return byId.values().stream()
                .filter(r -> r.isBy(personId))
                .sorted(Comparator.comparing(InMemoryLearningResources::newestCreated, FakePages.KEY_ORDER.reversed()))
                .toList();
    }

    private static List<String> newestCreated(LearningResource resource) {
        return List.of(FakePages.sortable(resource.createdAt()), resource.id().toString());
    }
}
