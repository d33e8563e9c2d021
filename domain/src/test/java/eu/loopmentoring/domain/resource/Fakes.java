package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.organization.Member;
import eu.loopmentoring.domain.organization.MembershipStatus;
import eu.loopmentoring.domain.organization.MyOrganization;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
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

/** In-memory adapters that keep each port's contract, for the resource bank's rules. */
final class Fakes {

    private Fakes() {}

    /** Pages a sorted stream by position; the keyset is the last item's index. */
    static <T> Page<T> page(Stream<T> sorted, PageRequest request) {
        List<T> all = sorted.toList();
        int from = request.after().map(k -> Integer.parseInt(k.value(0)) + 1).orElse(0);
        List<T> rows = all.subList(Math.min(from, all.size()), Math.min(all.size(), from + request.fetchSize()));
        int start = from;
        return Page.fromOverfetch(rows, request, t -> Keyset.of(String.valueOf(start + rows.indexOf(t))));
    }

    static final class Resources implements LearningResources {
        final Map<UUID, LearningResource> byId = new LinkedHashMap<>();
        Reviews reviews;

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
            Rating rating = new Rating(
                    all.size(), all.stream().mapToLong(Review::rating).sum());
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
            return page(
                    byId.values().stream()
                            .filter(r -> matches(r, query))
                            .sorted(Comparator.comparing((LearningResource r) ->
                                            r.publishedAt().orElseThrow())
                                    .reversed()),
                    page);
        }

        /** Words are matched as a case-insensitive substring of the title: enough for the domain. */
        private static boolean matches(LearningResource r, ResourceQuery query) {
            return r.isPublished()
                    && query.filtersAccept(r.metadata())
                    && query.text()
                            .map(t -> r.metadata()
                                    .title()
                                    .toLowerCase(Locale.ROOT)
                                    .contains(t.toLowerCase(Locale.ROOT)))
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
            return page(
                    allSubmittedBy(personId).stream()
                            .filter(r -> status.map(s -> s == r.status()).orElse(true)),
                    page);
        }

        @Override
        public List<LearningResource> allSubmittedBy(UUID personId) {
            return byId.values().stream()
                    .filter(r -> r.isBy(personId))
                    .sorted(Comparator.comparing(LearningResource::createdAt).reversed())
                    .toList();
        }
    }

    static final class Revisions implements ResourceRevisions {
        final List<ResourceRevision> all = new ArrayList<>();

        @Override
        public void add(ResourceRevision revision) {
            all.add(revision);
        }

        @Override
        public Page<ResourceRevision> list(UUID resourceId, PageRequest page) {
            return page(
                    all.stream()
                            .filter(r -> r.resourceId().equals(resourceId))
                            .sorted(Comparator.comparingLong(ResourceRevision::version)
                                    .reversed()),
                    page);
        }
    }

    static final class Reviews implements ResourceReviews {
        final List<Review> all = new ArrayList<>();

        @Override
        public Optional<Review> find(UUID resourceId, UUID personId) {
            return all.stream()
                    .filter(r ->
                            r.resourceId().equals(resourceId) && r.personId().equals(personId))
                    .findFirst();
        }

        @Override
        public Review put(UUID resourceId, UUID personId, int rating, String comment, Instant now) {
            Optional<Review> before = find(resourceId, personId);
            before.ifPresent(all::remove);
            Review review = new Review(
                    resourceId,
                    personId,
                    "Person " + personId,
                    rating,
                    comment,
                    before.map(Review::createdAt).orElse(now),
                    now);
            all.add(review);
            return review;
        }

        @Override
        public boolean remove(UUID resourceId, UUID personId) {
            return all.removeIf(
                    r -> r.resourceId().equals(resourceId) && r.personId().equals(personId));
        }

        @Override
        public Page<Review> list(UUID resourceId, PageRequest page) {
            return page(all.stream().filter(r -> r.resourceId().equals(resourceId)), page);
        }

        @Override
        public List<Review> by(UUID personId) {
            return all.stream().filter(r -> r.personId().equals(personId)).toList();
        }
    }

    static final class Uses implements ResourceUses {
        final Map<String, ResourceUse> all = new LinkedHashMap<>();

        @Override
        public ResourceUse record(ResourceUse use) {
            return all.computeIfAbsent(use.personId() + "/" + use.resourceId() + "/" + use.kind(), k -> use);
        }

        @Override
        public List<ResourceUse> by(UUID personId) {
            return all.values().stream()
                    .filter(u -> u.personId().equals(personId))
                    .toList();
        }
    }

    static final class Reports implements ResourceReports, ModerationQueue {
        final Map<UUID, ResourceReport> byId = new LinkedHashMap<>();
        Resources resources;

        @Override
        public boolean add(ResourceReport report) {
            boolean open = byId.values().stream()
                    .anyMatch(r -> r.isOpen()
                            && r.resourceId().equals(report.resourceId())
                            && r.reporterId().equals(report.reporterId()));
            if (!open) {
                byId.put(report.id(), report);
            }
            return !open;
        }

        @Override
        public Optional<ResourceReport> findLocked(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Map<UUID, ResourceReport> findAll(Collection<UUID> ids) {
            Map<UUID, ResourceReport> found = new HashMap<>();
            ids.forEach(id -> found.put(id, byId.get(id)));
            return found;
        }

        @Override
        public void update(ResourceReport report) {
            byId.put(report.id(), report);
        }

        @Override
        public List<ResourceReport> by(UUID reporterId) {
            return byId.values().stream()
                    .filter(r -> r.reporterId().equals(reporterId))
                    .toList();
        }

        @Override
        public Page<ModerationItem.Entry> entries(PageRequest page) {
            Stream<ModerationItem.Entry> submissions = resources.byId.values().stream()
                    .filter(r -> r.status() == ResourceStatus.SUBMITTED)
                    .map(r -> new ModerationItem.Entry(
                            ModerationItem.Kind.SUBMISSION, r.submittedAt().orElseThrow(), r.id(), r.id()));
            Stream<ModerationItem.Entry> open = byId.values().stream()
                    .filter(ResourceReport::isOpen)
                    .map(r -> new ModerationItem.Entry(
                            ModerationItem.Kind.REPORT, r.createdAt(), r.id(), r.resourceId()));
            return page(Stream.concat(submissions, open).sorted(Comparator.comparing(ModerationItem.Entry::at)), page);
        }
    }

    /** Only what the resource bank asks: is the person an active member of the organisation. */
    static final class Memberships implements OrganizationMemberships {
        final Map<String, OrganizationMembership> byKey = new HashMap<>();

        void activeMember(UUID organizationId, UUID personId) {
            Instant now = Instant.parse("2026-01-01T00:00:00Z");
            byKey.put(
                    organizationId + "/" + personId,
                    new OrganizationMembership(
                            UUID.randomUUID(),
                            organizationId,
                            personId,
                            OrganizationRole.TEACHER,
                            MembershipStatus.ACTIVE,
                            Optional.empty(),
                            Optional.empty(),
                            now,
                            Optional.of(now),
                            0));
        }

        @Override
        public Optional<OrganizationMembership> findFor(UUID organizationId, UUID personId) {
            return Optional.ofNullable(byKey.get(organizationId + "/" + personId));
        }

        @Override
        public Optional<OrganizationMembership> find(UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean add(OrganizationMembership membership) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<OrganizationMembership> update(OrganizationMembership membership) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(OrganizationMembership membership) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Member> list(UUID organizationId, Optional<MembershipStatus> status, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Member> member(UUID membershipId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int countActive(UUID organizationId, Optional<OrganizationRole> role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<UUID, Integer> countActive(List<UUID> organizationIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<MyOrganization> of(UUID personId) {
            throw new UnsupportedOperationException();
        }
    }
}
