package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.resource.ResourceReviews;
import eu.loopmentoring.domain.resource.Review;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryResourceReviews implements ResourceReviews {
    public final List<Review> all = new ArrayList<>();

    @Override
    public Optional<Review> find(UUID resourceId, UUID personId) {
        return all.stream()
                .filter(r -> r.resourceId().equals(resourceId) && r.personId().equals(personId))
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
        return FakePages.page(all.stream().filter(r -> r.resourceId().equals(resourceId)), page);
    }

    @Override
    public List<Review> by(UUID personId) {
        return all.stream().filter(r -> r.personId().equals(personId)).toList();
    }
}
