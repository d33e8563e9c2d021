package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.learningpath.Assessments;
import eu.loopmentoring.domain.learningpath.Enrollments;
import eu.loopmentoring.domain.learningpath.Learning;
import eu.loopmentoring.domain.learningpath.LearningPathCatalog;
import eu.loopmentoring.domain.learningpath.LearningPaths;
import eu.loopmentoring.domain.learningpath.Measurements;
import eu.loopmentoring.domain.learningpath.PathAccess;
import eu.loopmentoring.domain.learningpath.PathEvaluationWork;
import eu.loopmentoring.domain.learningpath.PathEvaluations;
import eu.loopmentoring.domain.learningpath.PathSuggester;
import eu.loopmentoring.domain.learningpath.PathSuggestions;
import eu.loopmentoring.domain.learningpath.StepTargets;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.recommendation.RankingPolicy;
import eu.loopmentoring.domain.resource.recommendation.ResourceRecommender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the learning path capability's domain services to their adapters. */
@ApplicationScoped
public class LearningPathConfiguration {

    @Produces
    @ApplicationScoped
    LearningPathCatalog learningPathCatalog(
            LearningPaths paths,
            StepTargets targets,
            CoalitionMemberships coalitionMemberships,
            OrganizationMemberships organizationMemberships,
            Coalitions coalitions,
            Organizations organizations,
            Clock clock) {
        return new LearningPathCatalog(
                paths,
                targets,
                new PathAccess(coalitionMemberships, organizationMemberships),
                coalitions,
                organizations,
                clock);
    }

    @Produces
    @ApplicationScoped
    PathSuggester pathSuggester(
            ParticipantProfiles profiles,
            ResourceRecommender recommender,
            LearningResources resources,
            MentoringRelationships relationships) {
        return new PathSuggester(
                profiles,
                recommender,
                resources,
                relationships,
                new PathSuggestions(RankingPolicy.DEFAULT.weakBelow()));
    }

    @Produces
    @ApplicationScoped
    PathEvaluationWork pathEvaluationWork(
            Learning learning,
            LearningPathCatalog catalog,
            PathEvaluations evaluations,
            Measurements measurements,
            Clock clock) {
        return new PathEvaluationWork(learning, catalog, evaluations, measurements, clock);
    }

    @Produces
    @ApplicationScoped
    Learning learning(
            Enrollments enrollments,
            LearningPathCatalog catalog,
            Assessments assessments,
            Notifications notifications,
            Clock clock) {
        return new Learning(enrollments, catalog, assessments, notifications, clock);
    }
}
