package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.learningpath.Enrollments;
import eu.loopmentoring.domain.learningpath.LearningPathCatalog;
import eu.loopmentoring.domain.learningpath.LearningPaths;
import eu.loopmentoring.domain.learningpath.PathAssignments;
import eu.loopmentoring.domain.learningpath.PathProgrammes;
import eu.loopmentoring.domain.learningpath.SharedProgress;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires programmes (paths assigned to communities) and shared progress to their adapters. */
@ApplicationScoped
public class PathProgrammesConfiguration {

    @Produces
    @ApplicationScoped
    PathProgrammes pathProgrammes(
            PathAssignments assignments,
            LearningPathCatalog catalog,
            LearningPaths paths,
            CoalitionMemberships coalitionMemberships,
            OrganizationMemberships organizationMemberships,
            Notifications notifications,
            Clock clock) {
        return new PathProgrammes(
                assignments, catalog, paths, coalitionMemberships, organizationMemberships, notifications, clock);
    }

    @Produces
    @ApplicationScoped
    SharedProgress sharedProgress(Enrollments enrollments, ParticipantProfiles profiles) {
        return new SharedProgress(enrollments, profiles);
    }
}
