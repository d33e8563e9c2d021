package eu.loopmentoring.api.platform.demo;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.AgreementGoal;
import eu.loopmentoring.domain.mentoring.AgreementTerms;
import eu.loopmentoring.domain.mentoring.AgreementWork;
import eu.loopmentoring.domain.mentoring.CheckInAnswers;
import eu.loopmentoring.domain.mentoring.CheckInWork;
import eu.loopmentoring.domain.mentoring.Expertise;
import eu.loopmentoring.domain.mentoring.GoalChanges;
import eu.loopmentoring.domain.mentoring.GoalWork;
import eu.loopmentoring.domain.mentoring.MeetingFrequency;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentoringAgreement;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.domain.mentoring.MentoringMode;
import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.MentoringSession;
import eu.loopmentoring.domain.mentoring.MentoringTask;
import eu.loopmentoring.domain.mentoring.OfferFilter;
import eu.loopmentoring.domain.mentoring.OfferTerms;
import eu.loopmentoring.domain.mentoring.Offering;
import eu.loopmentoring.domain.mentoring.ProposalStatus;
import eu.loopmentoring.domain.mentoring.Proposing;
import eu.loopmentoring.domain.mentoring.RelationshipLifecycle;
import eu.loopmentoring.domain.mentoring.RequestDraft;
import eu.loopmentoring.domain.mentoring.Requesting;
import eu.loopmentoring.domain.mentoring.SessionStatus;
import eu.loopmentoring.domain.mentoring.SessionWork;
import eu.loopmentoring.domain.mentoring.TaskWork;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.WeeklySlot;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.ProfileDimension;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Mentoring at several stages: João mentors Ana (an ACTIVE relationship with a confirmed agreement,
 * two goals under way, two sessions held, one with a private note of João's, a task for Ana with
 * her comment, and her first check-in) and has places
 * left, Sofía's request waits in the pool, and Eva has offered herself on Maria's request, which
 * waits for Maria. Groups: João also mentors Inês and Tiago in a group (they asked for group
 * mentoring with his offer); Maria started a peer group with Luca, who joined, and Eva, who is
 * invited.
 */
@ApplicationScoped
class DemoMentoring {

    private final Offering offering;
    private final Requesting requesting;
    private final Proposing proposing;
    private final RelationshipLifecycle lifecycle;
    private final AgreementWork agreements;
    private final GoalWork goals;
    private final SessionWork sessions;
    private final TaskWork tasks;
    private final CheckInWork checkIns;
    private final Clock clock;

    DemoMentoring(
            Offering offering,
            Requesting requesting,
            Proposing proposing,
            RelationshipLifecycle lifecycle,
            AgreementWork agreements,
            GoalWork goals,
            SessionWork sessions,
            TaskWork tasks,
            CheckInWork checkIns,
            Clock clock) {
        this.offering = offering;
        this.requesting = requesting;
        this.proposing = proposing;
        this.lifecycle = lifecycle;
        this.agreements = agreements;
        this.goals = goals;
        this.sessions = sessions;
        this.tasks = tasks;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    void load(Person joao, Person ana, Person sofia, Person eva, Person maria) {
        MentorOffer joaos = offering.createOffer(
                joao.asSubject(),
                new OfferTerms(
                        5,
                        new Expertise(
                                Set.of(ProfileDimension.PEDAGOGICAL_CONCEPTIONS, ProfileDimension.COMMUNICATION_SKILLS),
                                Set.of("mathematics", "classroom-management"),
                                Set.of(IscedLevel.ISCED_2, IscedLevel.ISCED_3),
                                Set.of(SchoolDimension.PEDAGOGICAL_PRACTICES)),
                        List.of("pt", "en", "es"),
                        Set.of(MentoringFormat.ONE_TO_ONE, MentoringFormat.GROUP),
                        Set.of(MentoringMode.ONLINE, MentoringMode.IN_PERSON),
                        Optional.of("Lisboa e Setúbal"),
                        Optional.of(Availability.of(
                                6,
                                "Europe/Lisbon",
                                List.of(new WeeklySlot(DayOfWeek.WEDNESDAY, LocalTime.of(17, 0), LocalTime.of(19, 0))),
                                "availability"))));
        requesting.createRequest(
                ana.asSubject(),
                new RequestDraft(
                        Optional.empty(),
                        "Keep my class of 28 twelve-year-olds working without raising my voice, and plan"
                                + " mathematics lessons in less time.",
                        List.of("pt"),
                        Optional.of(MentoringFormat.ONE_TO_ONE),
                        Optional.of(MentoringMode.ONLINE),
                        Optional.empty(),
                        Optional.of(joaos.id())));
        // Addressed to João, Ana's request was proposed to him at once; he accepts.
        MentoringProposal toJoao = proposing
                .proposals(ana.asSubject(), Optional.of(ProposalStatus.PENDING), PageRequest.first(1))
                .items()
                .getFirst();
        MentoringProposal matched = proposing.answer(joao.asSubject(), toJoao.id(), true, Optional.empty());
        workTogether(joao, ana, matched.relationshipId().orElseThrow());

        requesting.createRequest(
                sofia.asSubject(),
                new RequestDraft(
                        Optional.empty(),
                        "Prepare my first teaching practice: lesson plans, and how to talk with parents.",
                        List.of("es", "en"),
                        Optional.empty(),
                        Optional.of(MentoringMode.ONLINE),
                        Optional.empty(),
                        Optional.empty()));

        MentorOffer evas = offering.createOffer(
                eva.asSubject(),
                new OfferTerms(
                        2,
                        new Expertise(
                                Set.of(ProfileDimension.PROFESSIONAL_KNOWLEDGE),
                                Set.of("research-informed-teaching"),
                                Set.of(),
                                Set.of(SchoolDimension.LEADERSHIP, SchoolDimension.VISION)),
                        List.of("en", "et"),
                        Set.of(MentoringFormat.ONE_TO_ONE, MentoringFormat.PEER),
                        Set.of(MentoringMode.ONLINE),
                        Optional.empty(),
                        Optional.empty()));
        MentoringRequest marias = requesting.createRequest(
                maria.asSubject(),
                new RequestDraft(
                        Optional.of(Set.of("school-development", "leadership")),
                        "Lead my school's digital innovation plan with the whole staff on board.",
                        List.of("en", "fi"),
                        Optional.of(MentoringFormat.ONE_TO_ONE),
                        Optional.of(MentoringMode.ONLINE),
                        Optional.empty(),
                        Optional.empty()));
        proposing.propose(eva.asSubject(), marias.id(), evas.id());
    }

    /** João's group with Inês and Tiago, with a confirmed agreement; Maria's peer group. */
    void loadGroups(Person joao, Person ines, Person tiago, Person maria, Person luca, Person eva) {
        OfferFilter mine = new OfferFilter(
                true,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        MentorOffer joaos = offering.offers(joao.asSubject(), mine, PageRequest.first(1))
                .items()
                .getFirst();
        UUID group = null;
        for (Person mentee : List.of(ines, tiago)) {
            // Addressed to João's offer, each request is proposed to him at once; he accepts.
            requesting.createRequest(
                    mentee.asSubject(),
                    new RequestDraft(
                            Optional.empty(),
                            "Share classroom routines with other new teachers and a mentor, once a fortnight.",
                            List.of("pt"),
                            Optional.of(MentoringFormat.GROUP),
                            Optional.of(MentoringMode.ONLINE),
                            Optional.empty(),
                            Optional.of(joaos.id())));
            MentoringProposal proposal = proposing
                    .proposals(mentee.asSubject(), Optional.of(ProposalStatus.PENDING), PageRequest.first(1))
                    .items()
                    .getFirst();
            group = proposing
                    .answer(joao.asSubject(), proposal.id(), true, Optional.empty())
                    .relationshipId()
                    .orElseThrow();
        }
        UUID groupId = group;
        MentoringAgreement agreement = agreements.putAgreement(
                joao.asSubject(),
                groupId,
                ExpectedVersion.none(),
                new AgreementTerms(
                        List.of(new AgreementGoal(
                                "Each of us runs a calm first five minutes in every lesson.",
                                LocalDate.now(clock).plusMonths(3))),
                        4,
                        MeetingFrequency.FORTNIGHTLY,
                        4));
        long version = agreement.version();
        for (Person member : List.of(joao, ines, tiago)) {
            version = agreements
                    .confirmAgreement(member.asSubject(), groupId, ExpectedVersion.of(version))
                    .version();
        }
        goals.addGoal(ines.asSubject(), groupId, "Entry routines that work", Optional.empty());

        MentoringRelationship peers = lifecycle.createPeerGroup(maria.asSubject(), List.of(luca.id(), eva.id()));
        lifecycle.join(luca.asSubject(), peers.id());
        goals.addGoal(
                maria.asSubject(),
                peers.id(),
                "A shared plan for digital innovation in our schools",
                Optional.of(LocalDate.now(clock).plusMonths(6)));
    }

    /** Ana and João agreed on their terms, track two goals, met twice, share a task; Ana checked in. */
    private void workTogether(Person joao, Person ana, UUID relationship) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        agreements.putAgreement(
                ana.asSubject(),
                relationship,
                ExpectedVersion.none(),
                new AgreementTerms(
                        List.of(
                                new AgreementGoal(
                                        "Run a whole lesson with my 7th grade without raising my voice.",
                                        today.plusMonths(2)),
                                new AgreementGoal(
                                        "Plan a week of mathematics lessons in under four hours.",
                                        today.plusMonths(4))),
                        6,
                        MeetingFrequency.FORTNIGHTLY,
                        4));
        agreements.confirmAgreement(joao.asSubject(), relationship, ExpectedVersion.of(0));
        agreements.confirmAgreement(ana.asSubject(), relationship, ExpectedVersion.of(1));
        MentoringGoal calm = goals.addGoal(
                ana.asSubject(), relationship, "A calm 7th-grade classroom", Optional.of(today.plusMonths(2)));
        goals.changeGoal(joao.asSubject(), relationship, calm.id(), ExpectedVersion.of(0), progress(40));
        MentoringGoal planning = goals.addGoal(
                ana.asSubject(), relationship, "Faster lesson planning", Optional.of(today.plusMonths(4)));
        goals.changeGoal(ana.asSubject(), relationship, planning.id(), ExpectedVersion.of(0), progress(70));
        MentoringSession first = sessions.addSession(
                joao.asSubject(),
                relationship,
                now.minus(Duration.ofDays(21)),
                60,
                SessionStatus.HELD,
                Optional.of("We agreed on our goals and looked at Ana's seating plan. Next: clear routines for"
                        + " the first five minutes."));
        sessions.addSession(
                ana.asSubject(),
                relationship,
                now.minus(Duration.ofDays(7)),
                45,
                SessionStatus.HELD,
                Optional.of("The entry routine works on most days. Next: planning templates for a week."));
        sessions.putMyNote(
                joao.asSubject(),
                relationship,
                first.id(),
                "Ana is more anxious about the 7th grade than she says; start next time with what went well.");
        MentoringTask routine = tasks.addTask(
                joao.asSubject(),
                relationship,
                "Try the five-minute entry routine with the 7th grade",
                Optional.empty(),
                Optional.of(ana.id()),
                Optional.of(today.plusDays(10)));
        tasks.comment(
                ana.asSubject(), relationship, routine.id(), "Done twice; the second time it took three minutes.");
        checkIns.checkIn(
                ana.asSubject(),
                relationship,
                new CheckInAnswers(4, 5, 4, 3, Optional.of("We should fix the meeting day.")));
    }

    private static GoalChanges progress(int percent) {
        return new GoalChanges(Optional.empty(), Optional.empty(), Optional.of(percent), Optional.empty());
    }
}
