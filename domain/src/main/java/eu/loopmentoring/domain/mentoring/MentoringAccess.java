package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Subject;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who sees what of mentoring, in one place for every mentoring use case. What the caller may not
 * see does not exist for them: they get "not found", never "forbidden", so that strangers learn
 * nothing of other people's mentoring.
 *
 * <p>Everyone sees ACTIVE offers, a mentor also their own paused one. A request is seen by its
 * mentee; while it is in the pool, by everyone with an active offer (mentors browse the pool and
 * offer themselves); and by the mentor it is addressed or proposed to. Proposals are seen by their
 * two participants. A relationship is seen by its participants and invitees, and read by the
 * coordinators of its coalition; what happens inside it only by its members (the coordinators read
 * its agreement and goals).
 */
public class MentoringAccess {

    private final MentorOffers offers;
    private final MentoringRequests requests;
    private final MentoringProposals proposals;
    private final MentoringRelationships relationships;
    private final People people;
    private final Programmes programmes;

    public MentoringAccess(
            MentorOffers offers,
            MentoringRequests requests,
            MentoringProposals proposals,
            MentoringRelationships relationships,
            People people,
            Programmes programmes) {
        this.offers = offers;
        this.requests = requests;
        this.proposals = proposals;
        this.relationships = relationships;
        this.people = people;
        this.programmes = programmes;
    }

    /** The calling person; API clients are refused. */
    Person caller(Subject subject) {
        UUID id = Access.person(subject).id();
        return people.find(id).orElseThrow(() -> notFound("person", id));
    }

    MentorOffer offer(PersonSubject person, UUID id) {
        return offers.find(id)
                .filter(o -> o.isActive() || o.isOf(person.id()))
                .orElseThrow(() -> notFound("mentor offer", id));
    }

    Optional<MentorOffer> activeOfferOf(UUID person) {
        return offers.ofMentor(person).filter(MentorOffer::isActive);
    }

    MentoringRequest request(PersonSubject person, UUID id) {
        return requests.find(id)
                .filter(r -> r.isOf(person.id()) || seesAsMentor(person.id(), r))
                .orElseThrow(() -> notFound("mentoring request", id));
    }

    /** A mentor sees a request in the pool (with an active offer), or one addressed or proposed to their offer. */
    private boolean seesAsMentor(UUID person, MentoringRequest request) {
        Optional<MentorOffer> own = offers.ofMentor(person);
        if (own.isEmpty()) {
            return false;
        }
        UUID offerId = own.get().id();
        return (request.isInPool() && own.get().isActive())
                || request.addressedTo().filter(offerId::equals).isPresent()
                || proposals.exists(request.id(), offerId);
    }

    MentoringProposal proposal(PersonSubject person, UUID id) {
        return proposals
                .find(id)
                .filter(p -> p.sideOf(person.id()).isPresent())
                .orElseThrow(() -> notFound("mentoring proposal", id));
    }

    /** Its participants and invitees. */
    MentoringRelationship involving(PersonSubject person, UUID id) {
        return relationship(id, r -> r.involves(person.id()));
    }

    /** Its participants and invitees, and the coordinators of its coalition (read only). */
    MentoringRelationship involvingOrCoordinated(PersonSubject person, UUID id) {
        return relationship(id, r -> r.involves(person.id()) || r.coordinatedBy(person.id(), programmes));
    }

    /** Its members: what happens inside a relationship is theirs. */
    MentoringRelationship ofMember(PersonSubject person, UUID id) {
        return relationship(id, r -> r.isMember(person.id()));
    }

    /** Members, and the coordinators of its coalition, who read its agreement and goals only. */
    MentoringRelationship readable(PersonSubject person, UUID id) {
        return relationship(id, r -> r.isMember(person.id()) || r.coordinatedBy(person.id(), programmes));
    }

    private MentoringRelationship relationship(UUID id, Predicate<MentoringRelationship> seen) {
        return relationships.find(id).filter(seen).orElseThrow(() -> notFound("mentoring relationship", id));
    }

    /**
     * The relationship, locked, if the caller is a member and it still runs. Every change inside a
     * relationship takes its lock first, so that changes inside one relationship happen one after
     * the other and a version read is still current when compared.
     */
    MentoringRelationship running(PersonSubject person, UUID id) {
        ofMember(person, id);
        MentoringRelationship relationship =
                relationships.findLocked(id).orElseThrow(() -> notFound("mentoring relationship", id));
        if (!relationship.status().isRunning()) {
            throw new RuleViolationException("This relationship is " + relationship.status()
                    + "; once ended, its agreement, goals and sessions do not change any more.");
        }
        return relationship;
    }

    /** Whether the person coordinates the coalition's programme. */
    boolean coordinates(UUID coalitionId, UUID person) {
        return programmes.coordinates(coalitionId, person);
    }

    static ObjectNotFoundException notFound(String kind, UUID id) {
        return new ObjectNotFoundException(kind, id);
    }
}
