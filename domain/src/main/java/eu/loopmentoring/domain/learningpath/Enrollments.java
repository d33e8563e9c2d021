package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People's enrollments in learning paths. */
public interface Enrollments {

    /**
     * Stores a new enrollment unless the person already has an {@code ACTIVE} one in the same
     * lineage, which it answers instead (also when two enrolments race).
     */
    Optional<Enrollment> add(Enrollment enrollment);

    Optional<Enrollment> find(UUID id);

    /**
     * Stores a changed enrollment if it is still at {@code enrollment.version()}, and answers it with
     * its new version; empty when it changed meanwhile.
     */
    Optional<Enrollment> update(Enrollment enrollment);

    /** The person's enrollments, most recent first. */
    Page<Enrollment> of(UUID personId, Optional<EnrollmentStatus> status, PageRequest page);

    /** Every enrollment of the person, most recent first: what their export shows. */
    List<Enrollment> allOf(UUID personId);
}
