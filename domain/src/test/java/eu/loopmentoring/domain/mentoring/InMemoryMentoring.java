package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.fakes.FakePages;
import eu.loopmentoring.domain.fakes.InMemoryMentorOffers;
import eu.loopmentoring.domain.fakes.InMemoryMentoringProposals;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRelationships;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRequests;
import eu.loopmentoring.domain.fakes.InMemoryNotifications;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryPersonBlocks;
import eu.loopmentoring.domain.fakes.MutableClock;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
    final List<UUID> moderators = new ArrayList<>();
    final InMemoryPersonBlocks blocks = new InMemoryPersonBlocks();
    final Reports reports = new Reports();
    /** No coalitions: nobody is a member or coordinator. */
    static final Programmes NO_PROGRAMMES = new Programmes() {
        @Override
        public boolean activeMember(UUID coalitionId, UUID person) {
            return false;
        }

        @Override
        public boolean coordinates(UUID coalitionId, UUID person) {
            return false;
        }
    };

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
            () -> List.copyOf(moderators),
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

    static final class Reports implements PersonReports {
        final Map<UUID, PersonReport> byId = new LinkedHashMap<>();

        @Override
        public void add(PersonReport report) {
            byId.put(report.id(), report);
        }

        @Override
        public Optional<PersonReport> find(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<PersonReport> update(PersonReport report) {
            PersonReport stored = byId.get(report.id());
            if (stored == null || stored.version() != report.version()) {
                return Optional.empty();
            }
            PersonReport next = new PersonReport(
                    report.id(),
                    report.reporterId(),
                    report.reportedId(),
                    report.category(),
                    report.text(),
                    report.relationshipId(),
                    report.createdAt(),
                    report.resolution(),
                    report.version() + 1);
            byId.put(next.id(), next);
            return Optional.of(next);
        }

        @Override
        public Page<PersonReport> list(boolean open, PageRequest page) {
            return FakePages.page(byId.values().stream().filter(r -> r.isOpen() == open), page);
        }

        @Override
        public List<PersonReport> filedBy(UUID reporter) {
            return byId.values().stream()
                    .filter(r -> r.reporterId().filter(reporter::equals).isPresent())
                    .toList();
        }
    }
}
