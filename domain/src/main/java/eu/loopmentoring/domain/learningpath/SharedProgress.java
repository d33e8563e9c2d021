package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.profile.ProfileFieldGroup;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.Subject;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's progress on their learning paths as others see it. The person's profile decides who:
 * the visibility of its {@link ProfileFieldGroup#LEARNING_PROGRESS} group (mentoring partners by
 * default). Anyone it does not admit finds no such person, as for an unknown one, so that the
 * answer never tells that someone hides their progress.
 */
public class SharedProgress {

    private final Enrollments enrollments;
    private final ParticipantProfiles profiles;

    public SharedProgress(Enrollments enrollments, ParticipantProfiles profiles) {
        this.enrollments = enrollments;
        this.profiles = profiles;
    }

    public Page<LearningProgress> of(
            Subject viewer, UUID personId, Optional<EnrollmentStatus> status, PageRequest page) {
        Access.scope(viewer, Scope.LEARNING_PATHS_READ);
        if (!profiles.shows(viewer, personId, ProfileFieldGroup.LEARNING_PROGRESS)) {
            throw new ObjectNotFoundException("person", personId);
        }
        return enrollments.of(personId, status, page).map(LearningProgress::of);
    }
}
