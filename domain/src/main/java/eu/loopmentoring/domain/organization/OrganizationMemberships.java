package eu.loopmentoring.domain.organization;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Who belongs to which organisation: one membership per person and organisation at most. */
public interface OrganizationMemberships {

    Optional<OrganizationMembership> find(UUID id);

    Optional<OrganizationMembership> findFor(UUID organizationId, UUID personId);

    /** Adds the membership; false when the person already has one in that organisation. */
    boolean add(OrganizationMembership membership);

    Optional<OrganizationMembership> update(OrganizationMembership membership);

    /** Removes it if still at its version; false when it changed or is gone. */
    boolean remove(OrganizationMembership membership);

    /** Ordered by display name then id; {@code status} narrows when present. */
    Page<Member> list(UUID organizationId, Optional<MembershipStatus> status, PageRequest page);

    Optional<Member> member(UUID membershipId);

    int countActive(UUID organizationId, Optional<OrganizationRole> role);

    /** Active member counts for several organisations at once (for a page of the directory). */
    Map<UUID, Integer> countActive(List<UUID> organizationIds);

    /** The person's own memberships in every organisation, with names, ordered by name. */
    List<MyOrganization> of(UUID personId);
}
