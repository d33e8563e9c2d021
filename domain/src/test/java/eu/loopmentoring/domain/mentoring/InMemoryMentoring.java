package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.fakes.InMemoryMentorOffers;
import eu.loopmentoring.domain.fakes.InMemoryMentoringProposals;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRelationships;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRequests;
import eu.loopmentoring.domain.fakes.InMemoryModerators;
import eu.loopmentoring.domain.fakes.InMemoryNotifications;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryPersonBlocks;
import eu.loopmentoring.domain.fakes.InMemoryPersonReports;
import eu.loopmentoring.domain.fakes.InMemoryProgrammes;
import eu.loopmentoring.domain.fakes.MutableClock;
import eu.loopmentoring.domain.identity.Person;
import java.time.Duration;
import java.util.Set;

/** In-memory adapters of the mentoring ports, keeping their contracts (versions, one offer per person). */
final class InMemoryMentoring {

    static final Duration TIME_TO_ANSWER = Duration.ofDays(7);

    final InMemoryPeople people = new InMemoryPeople();
    final MutableClock clock = new MutableClock();
    final InMemoryMentorOffers offers = new InMemoryMentorOffers(offerId -> this.relationships.countRunning(offerId));
    final InMemoryMentoringRequests requests = new InMemoryMentoringRequests();
    final InMemoryMentoringProposals proposals = new InMemoryMentoringProposals();
    final InMemoryMentoringRelationships relationships = new InMemoryMentoringRelationships();
    final InMemoryNotifications notifications = new InMemoryNotifications();
    final InMemoryPersonBlocks blocks = new InMemoryPersonBlocks();
    final InMemoryPersonReports reports = new InMemoryPersonReports();
    /** No coalitions: nobody is a member or coordinator. */
    static final Programmes NO_PROGRAMMES = InMemoryProgrammes.none();

    final MentoringAccess access =
            new MentoringAccess(offers, requests, proposals, relationships, people, NO_PROGRAMMES);
    final Offering offering = new Offering(offers, access, clock);
    final Proposing proposing = new Proposing(
            offers, requests, proposals, relationships, notifications, blocks, access, clock, TIME_TO_ANSWER);
    final Requesting requesting = new Requesting(
            requests,
            offers,
            proposals,
            notifications,
            person -> Set.of("classroom-management"),
            NO_PROGRAMMES,
            access,
            proposing,
            clock);
    final RelationshipLifecycle lifecycle =
            new RelationshipLifecycle(relationships, requests, notifications, blocks, people, access, clock);
    final Inbox inbox = new Inbox(notifications, clock);
    final Safety safety = new Safety(
            blocks,
            reports,
            new InMemoryModerators(people),
            offers,
            requests,
            proposals,
            relationships,
            notifications,
            people,
            clock);

    MentorOffer offerOf(Person mentor, int capacity) {
        return offering.createOffer(mentor.asSubject(), InMemoryMentoringFixtures.terms(capacity));
    }

    /** The mentee's new request, proposed by them to the offer. */
    MentoringProposal proposedBy(Person mentee, MentorOffer offer) {
        MentoringRequest request = requesting.createRequest(mentee.asSubject(), InMemoryMentoringFixtures.draft());
        return proposing.propose(mentee.asSubject(), request.id(), offer.id());
    }
}
