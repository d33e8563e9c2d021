package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.InMemoryMentoringFixtures.draft;
import static eu.loopmentoring.domain.mentoring.InMemoryMentoringFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Mentor offers: one a person, changed by its mentor alone, never below the running relationships. */
class OfferingTest {

    private final InMemoryMentoring world = new InMemoryMentoring();
    private final Offering offering = world.offering;
    private final Requesting requesting = world.requesting;
    private final Proposing proposing = world.proposing;
    private final Person joao = world.people.register("João Silva");
    private final Person ana = world.people.register("Ana Costa");
    private final Person sofia = world.people.register("Sofía García");

    private MentorOffer offerOf(Person mentor, int capacity) {
        return world.offerOf(mentor, capacity);
    }

    private MentoringProposal proposedBy(Person mentee, MentorOffer offer) {
        return world.proposedBy(mentee, offer);
    }

    @Test
    void a_person_has_one_offer_and_changes_it_instead_of_creating_another() {
        offerOf(joao, 2);

        assertThatThrownBy(() -> offerOf(joao, 3))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("change it");
    }

    @Test
    void in_person_mentoring_needs_a_region() {
        OfferTerms t = terms(1);
        OfferTerms inPerson = new OfferTerms(
                1,
                t.expertise(),
                t.languages(),
                t.formats(),
                Set.of(MentoringMode.IN_PERSON),
                Optional.empty(),
                Optional.empty());

        assertThatThrownBy(() -> offering.createOffer(joao.asSubject(), inPerson))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("region");
    }

    @Test
    void a_paused_offer_is_seen_by_its_mentor_alone_and_takes_no_proposals() {
        MentorOffer offer = offerOf(joao, 2);
        MentorOffer paused = offering.changeOffer(
                joao.asSubject(),
                offer.id(),
                ExpectedVersion.of(offer.version()),
                OfferChanges.status(OfferStatus.PAUSED));

        assertThat(offering.offer(joao.asSubject(), offer.id()).status()).isEqualTo(OfferStatus.PAUSED);
        assertThatThrownBy(() -> offering.offer(ana.asSubject(), offer.id()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThat(offering.offers(ana.asSubject(), OfferFilter.all(), PageRequest.first(20))
                        .items())
                .isEmpty();
        MentoringRequest request = requesting.createRequest(ana.asSubject(), draft());
        offering.changeOffer(
                joao.asSubject(),
                offer.id(),
                ExpectedVersion.of(paused.version()),
                OfferChanges.status(OfferStatus.ACTIVE));
        assertThat(proposing.propose(ana.asSubject(), request.id(), offer.id()).status())
                .isEqualTo(ProposalStatus.PENDING);
    }

    @Test
    void only_the_mentor_changes_an_offer() {
        MentorOffer offer = offerOf(joao, 2);

        assertThatThrownBy(() -> offering.offerToChange(ana.asSubject(), offer.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void capacity_never_drops_below_the_running_relationships() {
        MentorOffer offer = offerOf(joao, 2);
        for (Person mentee : List.of(ana, sofia)) {
            proposing.answer(joao.asSubject(), proposedBy(mentee, offer).id(), true, Optional.empty());
        }
        MentorOffer full = offering.offer(joao.asSubject(), offer.id());
        assertThat(full.remainingCapacity()).isZero();

        OfferChanges none = OfferChanges.status(OfferStatus.ACTIVE);
        OfferChanges one = new OfferChanges(
                Optional.of(1),
                none.expertise(),
                none.languages(),
                none.formats(),
                none.modes(),
                none.region(),
                none.availability(),
                Optional.empty());
        assertThatThrownBy(() ->
                        offering.changeOffer(joao.asSubject(), offer.id(), ExpectedVersion.of(full.version()), one))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot be lower than your 2 running");
    }

    @Test
    void api_clients_have_no_part_in_mentoring() {
        ClientSubject client = new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.MENTORING_READ));

        assertThatThrownBy(() -> offering.createOffer(client, terms(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.inbox.notifications(client, false, PageRequest.first(5)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
