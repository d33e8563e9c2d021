package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.CheckIns;
import eu.loopmentoring.domain.mentoring.ClosingFeedbacks;
import eu.loopmentoring.domain.mentoring.Inbox;
import eu.loopmentoring.domain.mentoring.MenteeNeeds;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.Mentoring;
import eu.loopmentoring.domain.mentoring.MentoringAgreements;
import eu.loopmentoring.domain.mentoring.MentoringGoals;
import eu.loopmentoring.domain.mentoring.MentoringProposals;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.MentoringRequests;
import eu.loopmentoring.domain.mentoring.MentoringSessions;
import eu.loopmentoring.domain.mentoring.MentoringTasks;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.domain.mentoring.PersonBlocks;
import eu.loopmentoring.domain.mentoring.Programmes;
import eu.loopmentoring.domain.mentoring.RelationshipWork;
import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.Profiles;
import eu.loopmentoring.domain.profile.QuestionnaireAnswering;
import eu.loopmentoring.domain.profile.QuestionnaireResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

/** Wires the mentoring capability's domain services to their adapters. */
@ApplicationScoped
public class MentoringConfiguration {

    @Produces
    @ApplicationScoped
    Mentoring mentoring(
            MentorOffers offers,
            MentoringRequests requests,
            MentoringProposals proposals,
            MentoringRelationships relationships,
            Notifications notifications,
            PersonBlocks blocks,
            People people,
            MenteeNeeds needs,
            Programmes programmes,
            Clock clock,
            MentoringConfig config) {
        return new Mentoring(
                offers,
                requests,
                proposals,
                relationships,
                notifications,
                blocks,
                people,
                needs,
                programmes,
                clock,
                config.proposalExpiry());
    }

    @Produces
    @ApplicationScoped
    RelationshipWork relationshipWork(
            MentoringRelationships relationships,
            MentoringAgreements agreements,
            MentoringGoals goals,
            MentoringSessions sessions,
            MentoringTasks tasks,
            CheckIns checkIns,
            ClosingFeedbacks feedback,
            Notifications notifications,
            Programmes programmes,
            Clock clock) {
        return new RelationshipWork(
                relationships,
                agreements,
                goals,
                sessions,
                tasks,
                checkIns,
                feedback,
                notifications,
                programmes,
                clock);
    }

    @Produces
    @ApplicationScoped
    Inbox inbox(Notifications notifications, Clock clock) {
        return new Inbox(notifications, clock);
    }

    /** A request's default needs: the training topics of the latest questionnaire and the person's own choices. */
    @Produces
    @ApplicationScoped
    MenteeNeeds menteeNeeds(Profiles profiles, QuestionnaireAnswering answering) {
        return person -> {
            TreeSet<String> needs = new TreeSet<>(answering
                    .latestSubmission(person)
                    .map(QuestionnaireResponse::trainingTopics)
                    .orElse(List.of()));
            profiles.find(person).map(Profile::ownTrainingNeeds).ifPresent(needs::addAll);
            return needs;
        };
    }
}
