package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Explicit, separate consent for each kind of special-category data. Without it, answers on that
 * dimension are refused; withdrawing it deletes every stored answer and score it covered, at once.
 */
public class SpecialCategoryConsent {

    private final Consents consents;
    private final QuestionnaireResponses responses;
    private final Clock clock;

    public SpecialCategoryConsent(Consents consents, QuestionnaireResponses responses, Clock clock) {
        this.consents = consents;
        this.responses = responses;
        this.clock = clock;
    }

    public List<ConsentState> states(Subject subject) {
        UUID person = Access.person(subject).id();
        return Arrays.stream(ConsentPurpose.values())
                .map(purpose -> state(person, purpose))
                .toList();
    }

    /** Every consent the person gave, oldest first, with its withdrawal if any. */
    public List<Consent> history(Subject subject) {
        return consents.of(Access.person(subject).id());
    }

    /** Gives consent to the current text; giving it again changes nothing. */
    public ConsentState give(Subject subject, ConsentPurpose purpose, String textVersion) {
        UUID person = Access.person(subject).id();
        ConsentText current = ConsentText.current(purpose);
        if (!current.version().equals(textVersion)) {
            throw new RuleViolationException("The consent text for " + purpose + " is now version "
                    + current.version() + ", not " + textVersion
                    + ": show the current text (GET /api/v1/me/consents) and ask again.");
        }
        if (consents.given(person, purpose).isEmpty()) {
            consents.add(
                    new Consent(UUID.randomUUID(), person, purpose, textVersion, clock.instant(), Optional.empty()));
        }
        return state(person, purpose);
    }

    /** Withdraws the consent and deletes the data it covered; without a consent, nothing happens. */
    public void withdraw(Subject subject, ConsentPurpose purpose) {
        UUID person = Access.person(subject).id();
        Instant now = clock.instant();
        consents.withdraw(person, purpose, now);
        responses.erase(person, purpose.dimension());
    }

    /** Whether the person's answers on the purpose's dimension may be kept now. */
    public boolean given(UUID person, ConsentPurpose purpose) {
        return consents.given(person, purpose).isPresent();
    }

    private ConsentState state(UUID person, ConsentPurpose purpose) {
        return new ConsentState(purpose, consents.given(person, purpose), ConsentText.current(purpose));
    }
}
