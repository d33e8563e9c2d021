package eu.loopmentoring.domain.organization;

import java.util.Objects;

/** A membership with the name others see for its person (never their email). */
public record Member(OrganizationMembership membership, String displayName) {

    public Member {
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(displayName, "displayName");
    }
}
