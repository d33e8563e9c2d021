package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.ClosingFeedback;
import eu.loopmentoring.domain.mentoring.ClosingFeedbacks;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One feedback per author and relationship; giving it again replaces it. */
public final class InMemoryClosingFeedbacks implements ClosingFeedbacks {

    public final Map<List<UUID>, ClosingFeedback> byKey = new LinkedHashMap<>();

    @Override
    public Optional<ClosingFeedback> find(UUID relationshipId, UUID authorId) {
        return Optional.ofNullable(byKey.get(List.of(relationshipId, authorId)));
    }

    @Override
    public ClosingFeedback put(ClosingFeedback feedback) {
        byKey.put(List.of(feedback.relationshipId(), feedback.authorId()), feedback);
        return feedback;
    }

    @Override
    public List<ClosingFeedback> of(UUID authorId) {
        return byKey.values().stream()
                .filter(f -> f.authorId().equals(authorId))
                .sorted(Comparator.comparing(ClosingFeedback::submittedAt)
                        .thenComparing(f -> f.relationshipId().toString()))
                .toList();
    }
}
