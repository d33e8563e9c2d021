package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.profile.Consent;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.profile.Consents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link Consents} must do. */
public abstract class ConsentsContract extends PortContract {

    protected abstract Consents consents();

    private static Consent consent(Person person, ConsentPurpose purpose, int minutesAfterT0) {
        return new Consent(
                UUID.randomUUID(), person.id(), purpose, "v1", T0.plusSeconds(60L * minutesAfterT0), Optional.empty());
    }

    @Test
    void aGivenConsentIsFoundUntilItIsWithdrawnAndTheRecordKeepsBoth() {
        Person person = aPerson("Consenting");
        Consent given = consent(person, ConsentPurpose.CULTURAL_BACKGROUND, 0);

        assertThat(consents().add(given)).isTrue();

        assertThat(consents().given(person.id(), ConsentPurpose.CULTURAL_BACKGROUND))
                .contains(given);
        assertThat(consents().given(person.id(), ConsentPurpose.MOTIVATION)).isEmpty();

        assertThat(consents().withdraw(person.id(), ConsentPurpose.CULTURAL_BACKGROUND, T0.plusSeconds(600)))
                .isTrue();

        assertThat(consents().given(person.id(), ConsentPurpose.CULTURAL_BACKGROUND))
                .isEmpty();
        assertThat(consents().of(person.id()))
                .containsExactly(new Consent(
                        given.id(),
                        person.id(),
                        given.purpose(),
                        given.textVersion(),
                        given.givenAt(),
                        Optional.of(T0.plusSeconds(600))));
        assertThat(consents().withdraw(person.id(), ConsentPurpose.CULTURAL_BACKGROUND, T0.plusSeconds(700)))
                .isFalse();
    }

    @Test
    void aPurposeHasOneGivenConsentAtATimeAndCanBeGivenAgainAfterAWithdrawal() {
        Person person = aPerson("Twice");
        Consent first = consent(person, ConsentPurpose.MOTIVATION, 0);
        consents().add(first);

        assertThat(consents().add(consent(person, ConsentPurpose.MOTIVATION, 1)))
                .isFalse();

        consents().withdraw(person.id(), ConsentPurpose.MOTIVATION, T0.plusSeconds(120));
        Consent again = consent(person, ConsentPurpose.MOTIVATION, 3);

        assertThat(consents().add(again)).isTrue();
        assertThat(consents().given(person.id(), ConsentPurpose.MOTIVATION)).contains(again);
        assertThat(consents().of(person.id())).extracting(Consent::id).containsExactly(first.id(), again.id());
    }

    @Test
    void thePersonsRecordIsOldestFirstAndHoldsOnlyTheirs() {
        Person person = aPerson("Record");
        Consent later = consent(person, ConsentPurpose.MOTIVATION, 5);
        Consent earlier = consent(person, ConsentPurpose.CULTURAL_BACKGROUND, 1);
        consents().add(later);
        consents().add(earlier);
        consents().add(consent(aPerson("Other"), ConsentPurpose.MOTIVATION, 0));

        assertThat(consents().of(person.id())).containsExactly(earlier, later);
        assertThat(consents().of(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theGivenPurposesAreReadForManyPeopleAtOnce() {
        Person both = aPerson("Both");
        Person withdrawn = aPerson("Withdrawn");
        Person none = aPerson("None");
        consents().add(consent(both, ConsentPurpose.MOTIVATION, 0));
        consents().add(consent(both, ConsentPurpose.CULTURAL_BACKGROUND, 0));
        consents().add(consent(withdrawn, ConsentPurpose.MOTIVATION, 0));
        consents().withdraw(withdrawn.id(), ConsentPurpose.MOTIVATION, T0.plusSeconds(60));

        Map<UUID, Set<ConsentPurpose>> given = consents().givenBy(List.of(both.id(), withdrawn.id(), none.id()));

        assertThat(given)
                .containsExactly(
                        Map.entry(both.id(), Set.of(ConsentPurpose.MOTIVATION, ConsentPurpose.CULTURAL_BACKGROUND)));
    }
}
