package eu.loopmentoring.api.safety;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.MentoringProposals;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.MentoringRequests;
import eu.loopmentoring.domain.mentoring.Moderators;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.domain.mentoring.PersonBlocks;
import eu.loopmentoring.domain.mentoring.PersonReports;
import eu.loopmentoring.domain.mentoring.Safety;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires blocking and reporting to their adapters. */
@ApplicationScoped
public class SafetyConfiguration {

    @Produces
    @ApplicationScoped
    Safety safety(
            PersonBlocks blocks,
            PersonReports reports,
            Moderators moderators,
            MentorOffers offers,
            MentoringRequests requests,
            MentoringProposals proposals,
            MentoringRelationships relationships,
            Notifications notifications,
            People people,
            Clock clock) {
        return new Safety(
                blocks, reports, moderators, offers, requests, proposals, relationships, notifications, people, clock);
    }
}
