package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.UUID;

/**
 * Mentor offers: a person offers to mentor, once, and changes, pauses or resumes their offer.
 * People only; who sees an offer is {@link MentoringAccess}'s to say.
 */
public class Offering {

    private final MentorOffers offers;
    private final MentoringAccess access;
    private final Clock clock;

    public Offering(MentorOffers offers, MentoringAccess access, Clock clock) {
        this.offers = offers;
        this.access = access;
        this.clock = clock;
    }

    public MentorOffer createOffer(Subject subject, OfferTerms terms) {
        Person mentor = access.caller(subject);
        MentorOffer offer = MentorOffer.create(mentor.id(), mentor.displayName(), terms, clock.instant());
        if (!offers.add(offer)) {
            throw new ConflictException(
                    "You already have a mentor offer: change it (PATCH) instead of creating" + " another one.");
        }
        return offer;
    }

    public MentorOffer offer(Subject subject, UUID id) {
        return access.offer(Access.person(subject), id);
    }

    public Page<MentorOffer> offers(Subject subject, OfferFilter filter, PageRequest page) {
        return offers.list(Access.person(subject).id(), filter, page);
    }

    /** The offer, if the caller may change it: their own. */
    MentorOffer offerToChange(Subject subject, UUID id) {
        PersonSubject person = Access.person(subject);
        MentorOffer offer = access.offer(person, id);
        if (!offer.isOf(person.id())) {
            throw new AccessDeniedException("Only the mentor may change their offer.");
        }
        return offer;
    }

    /** The mentor changes their offer, naming the version they read (checked once they may change it). */
    public MentorOffer changeOffer(Subject subject, UUID id, ExpectedVersion expected, OfferChanges changes) {
        MentorOffer offer = offerToChange(subject, id);
        expected.check(offer.version(), "mentor offer");
        return offers.update(offer.change(changes, clock.instant()))
                .orElseThrow(() -> new StaleVersionException("mentor offer"));
    }
}
