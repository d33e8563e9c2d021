package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.learningpath.PathAssignment.Community;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Programmes: paths assigned to communities, with what their members need of them. */
public interface PathAssignments {

    void add(PathAssignment assignment);

    Optional<PathAssignment> find(UUID id);

    /** Stores a changed assignment if it is still at its version; empty when it changed meanwhile. */
    Optional<PathAssignment> update(PathAssignment assignment);

    /** The running assignment of this path version to this community, if any. */
    Optional<PathAssignment> running(UUID pathId, Community community);

    /** The running assignments of the communities the person is an active member of, newest first. */
    Page<PathAssignment> runningFor(UUID personId, PageRequest page);

    /** The assignments the person made, for their export. */
    List<PathAssignment> createdBy(UUID personId);

    /** The community's active members. */
    List<UUID> activeMembers(Community community);

    /** The enrollments of the community's active members in the path version, each person's latest. */
    List<Enrollment> latestEnrollments(UUID pathId, Community community);
}
