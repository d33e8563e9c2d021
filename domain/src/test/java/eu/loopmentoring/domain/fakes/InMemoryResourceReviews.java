package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.resource.ResourceReviews;
import eu.loopmentoring.domain.resource.Review;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Reviews in memory; each shows its reviewer's display name as it is when read, as the adapter does. */
public final class InMemoryResourceReviews implements ResourceReviews {
    public final List<Review> all = new ArrayList<>();
    private final Function<UUID, String> displayNames;

    /** Reviewers without accounts here: each is named after their id. */
    public InMemoryResourceReviews() {
        this(personId -> "Person " + personId);
    }

    public InMemoryResourceReviews(People people) {
        this(personId -> people.find(personId).map(Person::displayName).orElseThrow());
    }

    private InMemoryResourceReviews(Function<UUID, String> displayNames) {
        this.displayNames = displayNames;
    }

    @Override
    public Optional<Review> find(UUID resourceId, UUID personId) {
        return stored(resourceId, personId).map(this::named);
    }

    private Optional<Review> stored(UUID resourceId, UUID personId) {
        return all.stream()
                .filter(r -> r.resourceId().equals(resourceId) && r.personId().equals(personId))
                .findFirst();
    }

    @Override
    public Review put(UUID resourceId, UUID personId, int rating, String comment, Instant now) {
        Optional<Review> before = stored(resourceId, personId);
        before.ifPresent(all::remove);
        Review review = new Review(
                resourceId,
                personId,
                displayNames.apply(personId),
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
        return FakePages.byKeyDescending(
                        all.stream().filter(r -> r.resourceId().equals(resourceId)),
                        page,
                        InMemoryResourceReviews::newestChanged)
                .map(this::named);
    }

    @Override
    public List<Review> by(UUID personId) {
        return all.stream()
                .filter(r -> r.personId().equals(personId))
                .sorted(Comparator.comparing(InMemoryResourceReviews::newestChanged, FakePages.KEY_ORDER.reversed()))
                .map(this::named)
                .toList();
    }

    private Review named(Review r) {
        return new Review(
                r.resourceId(),
                r.personId(),
                displayNames.apply(r.personId()),
                r.rating(),
                r.comment(),
                r.createdAt(),
                r.updatedAt());
    }

    private static List<String> newestChanged(Review review) {
        return List.of(
                FakePages.sortable(review.updatedAt()),
                review.resourceId().toString(),
                review.personId().toString());
    }
}
