package eu.loopmentoring.domain.matching;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a batch run matches: open requests, active offers, the pairs of people who blocked each
 * other, and the week whose calendar places everyone's weekly windows (summer time differs).
 */
public record MatchingInput(
        List<MenteeCandidate> mentees, List<MentorCandidate> mentors, Set<BlockedPair> blocked, LocalDate week) {

    /** Mentees, then mentors, by the text of their id: the order a run works in, whatever it was given. */
    static final Comparator<MenteeCandidate> MENTEE_ORDER =
            Comparator.comparing(m -> m.requestId().toString());

    static final Comparator<MentorCandidate> MENTOR_ORDER =
            Comparator.comparing(m -> m.offerId().toString());

    public MatchingInput {
        mentees = List.copyOf(mentees);
        mentors = List.copyOf(mentors);
        blocked = Set.copyOf(blocked);
        Objects.requireNonNull(week, "week");
        unique(mentees.stream().map(MenteeCandidate::requestId).toList(), "request");
        unique(mentors.stream().map(MentorCandidate::offerId).toList(), "offer");
    }

    /** The same input in the canonical order. */
    MatchingInput canonical() {
        return new MatchingInput(
                mentees.stream().sorted(MENTEE_ORDER).toList(),
                mentors.stream().sorted(MENTOR_ORDER).toList(),
                blocked,
                WeeklyMinutes.weekOf(week));
    }

    private static void unique(List<UUID> ids, String what) {
        Set<UUID> seen = new HashSet<>();
        for (UUID id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(what + " " + id + " is given twice");
            }
        }
    }
}
