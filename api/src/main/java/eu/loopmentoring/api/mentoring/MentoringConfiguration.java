package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.AgreementWork;
import eu.loopmentoring.domain.mentoring.CheckInWork;
import eu.loopmentoring.domain.mentoring.CheckIns;
import eu.loopmentoring.domain.mentoring.ClosingFeedbacks;
import eu.loopmentoring.domain.mentoring.FeedbackWork;
import eu.loopmentoring.domain.mentoring.GoalWork;
import eu.loopmentoring.domain.mentoring.Inbox;
import eu.loopmentoring.domain.mentoring.MenteeNeeds;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.MentoringAccess;
import eu.loopmentoring.domain.mentoring.MentoringAgreements;
import eu.loopmentoring.domain.mentoring.MentoringExport;
import eu.loopmentoring.domain.mentoring.MentoringGoals;
import eu.loopmentoring.domain.mentoring.MentoringProposals;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.MentoringRequests;
import eu.loopmentoring.domain.mentoring.MentoringSessions;
import eu.loopmentoring.domain.mentoring.MentoringTasks;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.domain.mentoring.Offering;
import eu.loopmentoring.domain.mentoring.PersonBlocks;
import eu.loopmentoring.domain.mentoring.Programmes;
import eu.loopmentoring.domain.mentoring.Proposing;
import eu.loopmentoring.domain.mentoring.RelationshipLifecycle;
import eu.loopmentoring.domain.mentoring.Requesting;
import eu.loopmentoring.domain.mentoring.SessionWork;
import eu.loopmentoring.domain.mentoring.TaskWork;
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
    MentoringAccess mentoringAccess(
            MentorOffers offers,
            MentoringRequests requests,
            MentoringProposals proposals,
            MentoringRelationships relationships,
            People people,
            Programmes programmes) {
        return new MentoringAccess(offers, requests, proposals, relationships, people, programmes);
    }

    @Produces
    @ApplicationScoped
    Offering offering(MentorOffers offers, MentoringAccess access, Clock clock) {
        return new Offering(offers, access, clock);
    }

    @Produces
    @ApplicationScoped
    Requesting requesting(
            MentoringRequests requests,
            MentorOffers offers,
            MentoringProposals proposals,
            Notifications notifications,
            MenteeNeeds needs,
            Programmes programmes,
            MentoringAccess access,
            Proposing proposing,
            Clock clock) {
        return new Requesting(requests, offers, proposals, notifications, needs, programmes, access, proposing, clock);
    }

    @Produces
    @ApplicationScoped
    Proposing proposing(
            MentorOffers offers,
            MentoringRequests requests,
            MentoringProposals proposals,
            MentoringRelationships relationships,
            Notifications notifications,
            PersonBlocks blocks,
            MentoringAccess access,
            Clock clock,
            MentoringConfig config) {
        return new Proposing(
                offers,
                requests,
                proposals,
                relationships,
                notifications,
                blocks,
                access,
                clock,
                config.proposalExpiry());
    }

    @Produces
    @ApplicationScoped
    RelationshipLifecycle relationshipLifecycle(
            MentoringRelationships relationships,
            MentoringRequests requests,
            Notifications notifications,
            PersonBlocks blocks,
            People people,
            MentoringAccess access,
            Clock clock) {
        return new RelationshipLifecycle(relationships, requests, notifications, blocks, people, access, clock);
    }

    @Produces
    @ApplicationScoped
    AgreementWork agreementWork(
            MentoringAgreements agreements, Notifications notifications, MentoringAccess access, Clock clock) {
        return new AgreementWork(agreements, notifications, access, clock);
    }

    @Produces
    @ApplicationScoped
    GoalWork goalWork(MentoringGoals goals, Notifications notifications, MentoringAccess access, Clock clock) {
        return new GoalWork(goals, notifications, access, clock);
    }

    @Produces
    @ApplicationScoped
    SessionWork sessionWork(
            MentoringSessions sessions, Notifications notifications, MentoringAccess access, Clock clock) {
        return new SessionWork(sessions, notifications, access, clock);
    }

    @Produces
    @ApplicationScoped
    TaskWork taskWork(MentoringTasks tasks, Notifications notifications, MentoringAccess access, Clock clock) {
        return new TaskWork(tasks, notifications, access, clock);
    }

    @Produces
    @ApplicationScoped
    CheckInWork checkInWork(CheckIns checkIns, MentoringAgreements agreements, MentoringAccess access, Clock clock) {
        return new CheckInWork(checkIns, agreements, access, clock);
    }

    @Produces
    @ApplicationScoped
    FeedbackWork feedbackWork(ClosingFeedbacks feedback, MentoringAccess access, Clock clock) {
        return new FeedbackWork(feedback, access, clock);
    }

    @Produces
    @ApplicationScoped
    MentoringExport mentoringExport(
            MentorOffers offers,
            MentoringRequests requests,
            MentoringProposals proposals,
            MentoringRelationships relationships,
            MentoringAgreements agreements,
            MentoringGoals goals,
            MentoringSessions sessions,
            MentoringTasks tasks,
            CheckIns checkIns,
            ClosingFeedbacks feedback) {
        return new MentoringExport(
                offers, requests, proposals, relationships, agreements, goals, sessions, tasks, checkIns, feedback);
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
