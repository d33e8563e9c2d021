package eu.loopmentoring.api.resource;

import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.ModerationQueue;
import eu.loopmentoring.domain.resource.ResourceBank;
import eu.loopmentoring.domain.resource.ResourceFeedback;
import eu.loopmentoring.domain.resource.ResourceImportJobs;
import eu.loopmentoring.domain.resource.ResourceImports;
import eu.loopmentoring.domain.resource.ResourceModeration;
import eu.loopmentoring.domain.resource.ResourceReports;
import eu.loopmentoring.domain.resource.ResourceReviews;
import eu.loopmentoring.domain.resource.ResourceRevisions;
import eu.loopmentoring.domain.resource.ResourceUses;
import eu.loopmentoring.domain.resource.recommendation.RankingPolicy;
import eu.loopmentoring.domain.resource.recommendation.RecommendationCandidates;
import eu.loopmentoring.domain.resource.recommendation.ResourceRecommender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the resource bank's domain services to their adapters. */
@ApplicationScoped
public class ResourceConfiguration {

    @Produces
    @ApplicationScoped
    ResourceBank resourceBank(
            LearningResources resources,
            ResourceRevisions revisions,
            OrganizationMemberships memberships,
            Clock clock) {
        return new ResourceBank(resources, revisions, memberships, clock);
    }

    @Produces
    @ApplicationScoped
    ResourceFeedback resourceFeedback(
            LearningResources resources, ResourceReviews reviews, ResourceUses uses, Clock clock) {
        return new ResourceFeedback(resources, reviews, uses, clock);
    }

    @Produces
    @ApplicationScoped
    ResourceImports resourceImports(ResourceImportJobs jobs, ResourceBank bank, Clock clock) {
        return new ResourceImports(jobs, bank, clock);
    }

    @Produces
    @ApplicationScoped
    ResourceRecommender resourceRecommender(
            ParticipantProfiles profiles,
            LearningResources resources,
            ResourceUses uses,
            RecommendationCandidates candidates) {
        return new ResourceRecommender(profiles, resources, uses, candidates, RankingPolicy.DEFAULT);
    }

    @Produces
    @ApplicationScoped
    ResourceModeration resourceModeration(
            LearningResources resources,
            ResourceReports reports,
            ModerationQueue queue,
            ResourceBank bank,
            Clock clock) {
        return new ResourceModeration(resources, reports, queue, bank, clock);
    }
}
