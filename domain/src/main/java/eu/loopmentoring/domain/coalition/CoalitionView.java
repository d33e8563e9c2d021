package eu.loopmentoring.domain.coalition;

import java.util.Objects;
import java.util.Optional;

/** A coalition as one person sees it: with their own membership, if they have one. */
public record CoalitionView(Coalition coalition, Optional<CoalitionMembership> myMembership) {

    public CoalitionView {
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(myMembership, "myMembership");
    }
}
