package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Blocks and reports: anyone can block or report a person. A block, in either direction, keeps the
 * pair apart (no proposal between them, pending ones withdrawn; {@link Mentoring} refuses new ones
 * without saying who blocked whom). Reports reach moderators (platform MODERATOR or ADMINISTRATOR)
 * as notifications; only they list and resolve them, besides the reporter who may read their own.
 */
public class Safety {

    private final PersonBlocks blocks;
    private final PersonReports reports;
    private final Moderators moderators;
    private final MentorOffers offers;
    private final MentoringRequests requests;
    private final MentoringProposals proposals;
    private final MentoringRelationships relationships;
    private final Notifications notifications;
    private final People people;
    private final Clock clock;

    public Safety(
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
        this.blocks = blocks;
        this.reports = reports;
        this.moderators = moderators;
        this.offers = offers;
        this.requests = requests;
        this.proposals = proposals;
        this.relationships = relationships;
        this.notifications = notifications;
        this.people = people;
        this.clock = clock;
    }

    // Blocks

    /** The caller blocks the person; pending proposals between the two are withdrawn and both told. */
    public PersonBlock block(Subject subject, UUID personId) {
        PersonSubject me = Access.person(subject);
        if (me.id().equals(personId)) {
            throw new RuleViolationException("You cannot block yourself.");
        }
        people.find(personId).orElseThrow(() -> new ObjectNotFoundException("person", personId));
        Instant now = clock.instant();
        PersonBlock block = new PersonBlock(me.id(), personId, now);
        if (!blocks.add(block)) {
            throw new ConflictException("You already block this person.");
        }
        for (MentoringProposal seen : proposals.pendingBetween(me.id(), personId)) {
            withdraw(seen, now);
        }
        return block;
    }

    public Page<PersonBlock> blocks(Subject subject, PageRequest page) {
        return blocks.of(Access.person(subject).id(), page);
    }

    public void unblock(Subject subject, UUID personId) {
        if (!blocks.remove(Access.person(subject).id(), personId)) {
            throw new ObjectNotFoundException("block", personId);
        }
    }

    // Reports

    /**
     * The caller reports a person, optionally about a relationship the two share; every moderator is
     * notified.
     */
    public PersonReport report(
            Subject subject, UUID personId, ReportCategory category, String text, Optional<UUID> relationshipId) {
        PersonSubject me = Access.person(subject);
        people.find(personId).orElseThrow(() -> new ObjectNotFoundException("person", personId));
        relationshipId.ifPresent(id -> {
            MentoringRelationship relationship = relationships
                    .find(id)
                    .filter(r -> r.involves(me.id()))
                    .orElseThrow(() -> new ObjectNotFoundException("mentoring relationship", id));
            if (!relationship.involves(personId)) {
                throw new RuleViolationException("The reported person is not part of this relationship.");
            }
        });
        Instant now = clock.instant();
        PersonReport report = PersonReport.file(me.id(), personId, category, text, relationshipId, now);
        reports.add(report);
        for (UUID moderator : moderators.ids()) {
            if (!moderator.equals(personId)) {
                notifications.add(Notification.aboutReport(report.id(), moderator, now));
            }
        }
        return report;
    }

    /** A report, to moderators and to the person who filed it. */
    public PersonReport report(Subject subject, UUID id) {
        PersonSubject me = Access.person(subject);
        return reports.find(id)
                .filter(r -> isModerator(me)
                        || r.reporterId().filter(me.id()::equals).isPresent())
                .orElseThrow(() -> new ObjectNotFoundException("person report", id));
    }

    public Page<PersonReport> reports(Subject subject, boolean open, PageRequest page) {
        moderator(subject);
        return reports.list(open, page);
    }

    public PersonReport resolve(Subject subject, UUID id, ReportOutcome outcome, String note) {
        PersonSubject me = moderator(subject);
        PersonReport report = reports.find(id).orElseThrow(() -> new ObjectNotFoundException("person report", id));
        return reports.update(report.resolve(me.id(), outcome, note, clock.instant()))
                .orElseThrow(() -> new ConflictException("Another moderator resolved this report at the same time."));
    }

    /** What the caller blocked and reported, for their export. */
    public SafetyRecords mine(Subject subject) {
        UUID me = Access.person(subject).id();
        return new SafetyRecords(blocks.allOf(me), reports.filedBy(me));
    }

    private void withdraw(MentoringProposal seen, Instant now) {
        offers.findLocked(seen.offerId()).orElseThrow();
        MentoringRequest request = requests.findLocked(seen.requestId()).orElseThrow();
        MentoringProposal proposal = proposals.findLocked(seen.id()).orElseThrow();
        if (!proposal.isPending()) {
            return;
        }
        MentoringProposal closed = proposals.update(proposal.closedBecause(ProposalStatus.WITHDRAWN, now));
        requests.update(request.proposalEnded(
                        ProposalStatus.WITHDRAWN,
                        !proposals.pendingOf(request.id()).isEmpty(),
                        now))
                .orElseThrow(() -> new StaleVersionException("mentoring request"));
        notifications.add(Notification.about(closed, closed.menteeId(), NotificationKind.PROPOSAL_CLOSED, now));
        notifications.add(Notification.about(closed, closed.mentorId(), NotificationKind.PROPOSAL_CLOSED, now));
    }

    private static boolean isModerator(PersonSubject person) {
        return person.isModerator() || person.isAdministrator();
    }

    private static PersonSubject moderator(Subject subject) {
        PersonSubject person = Access.person(subject);
        if (!isModerator(person)) {
            throw new AccessDeniedException("Only moderators may read and resolve reports.");
        }
        return person;
    }
}
