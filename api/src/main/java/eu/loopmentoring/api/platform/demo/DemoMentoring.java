package eu.loopmentoring.api.platform.demo;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.Expertise;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.Mentoring;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringMode;
import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.OfferTerms;
import eu.loopmentoring.domain.mentoring.ProposalStatus;
import eu.loopmentoring.domain.mentoring.RequestDraft;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.WeeklySlot;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.ProfileDimension;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mentoring at several stages: João mentors Ana (an ACTIVE relationship) and has places left, Sofía's
 * request waits in the pool, and Eva has offered herself on Maria's request, which waits for Maria.
 */
@ApplicationScoped
class DemoMentoring {

    private final Mentoring mentoring;

    DemoMentoring(Mentoring mentoring) {
        this.mentoring = mentoring;
    }

    void load(Person joao, Person ana, Person sofia, Person eva, Person maria) {
        MentorOffer joaos = mentoring.createOffer(
                joao.asSubject(),
                new OfferTerms(
                        3,
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
        mentoring.createRequest(
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
        MentoringProposal toJoao = mentoring
                .proposals(ana.asSubject(), Optional.of(ProposalStatus.PENDING), PageRequest.first(1))
                .items()
                .getFirst();
        mentoring.answer(joao.asSubject(), toJoao.id(), true, Optional.empty());

        mentoring.createRequest(
                sofia.asSubject(),
                new RequestDraft(
                        Optional.empty(),
                        "Prepare my first teaching practice: lesson plans, and how to talk with parents.",
                        List.of("es", "en"),
                        Optional.empty(),
                        Optional.of(MentoringMode.ONLINE),
                        Optional.empty(),
                        Optional.empty()));

        MentorOffer evas = mentoring.createOffer(
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
        MentoringRequest marias = mentoring.createRequest(
                maria.asSubject(),
                new RequestDraft(
                        Optional.of(Set.of("school-development", "leadership")),
                        "Lead my school's digital innovation plan with the whole staff on board.",
                        List.of("en", "fi"),
                        Optional.of(MentoringFormat.ONE_TO_ONE),
                        Optional.of(MentoringMode.ONLINE),
                        Optional.empty(),
                        Optional.empty()));
        mentoring.propose(eva.asSubject(), marias.id(), evas.id());
    }
}
