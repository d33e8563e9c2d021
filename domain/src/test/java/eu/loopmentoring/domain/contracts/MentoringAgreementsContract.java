package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.mentoring.AgreementGoal;
import eu.loopmentoring.domain.mentoring.AgreementTerms;
import eu.loopmentoring.domain.mentoring.MeetingFrequency;
import eu.loopmentoring.domain.mentoring.MentoringAgreement;
import eu.loopmentoring.domain.mentoring.MentoringAgreements;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What any {@link MentoringAgreements} must do. An agreement is stored without its members (the
 * relationship says who they are); a change of its terms or of its confirmations moves its version.
 */
public abstract class MentoringAgreementsContract extends RelationshipPortContract {

    protected abstract MentoringAgreements agreements();

    protected static AgreementTerms terms(String goal, int checkInIntervalWeeks) {
        return new AgreementTerms(
                List.of(
                        new AgreementGoal(goal, LocalDate.parse("2027-03-15")),
                        new AgreementGoal("Plan together", LocalDate.parse("2027-06-30"))),
                6,
                MeetingFrequency.FORTNIGHTLY,
                checkInIntervalWeeks);
    }

    /** The relationship's agreement, drafted by its first participant at {@code at}. */
    protected MentoringAgreement anAgreement(MentoringRelationship relationship, AgreementTerms terms, Instant at) {
        MentoringAgreement draft = MentoringAgreement.draft(
                relationship.id(), terms, relationship.participants().getFirst().personId(), at);
        MentoringAgreement added = agreements().add(draft);
        assertThat(added).isEqualTo(draft);
        return added;
    }

    @Test
    void anAgreementIsReadBackWithoutItsMembers() {
        MentoringRelationship relationship = aRelationship();
        MentoringAgreement added = anAgreement(relationship, terms("Exit tickets", 4), T0);

        assertThat(agreements().find(relationship.id())).contains(added);
        assertThat(added.members()).isEmpty();
        assertThat(agreements().find(UUID.randomUUID())).isEmpty();
        assertThat(agreements()
                        .find(relationship.id())
                        .orElseThrow()
                        .in(relationship)
                        .members())
                .containsOnlyKeys(relationship.participants().stream()
                        .map(p -> p.personId())
                        .toList());
    }

    @Test
    void confirmationsAndNewTermsEachMoveTheVersionAndNewTermsClearTheConfirmations() {
        MentoringRelationship relationship = aRelationship();
        UUID mentor = relationship.participants().get(0).personId();
        UUID mentee = relationship.participants().get(1).personId();
        MentoringAgreement draft = anAgreement(relationship, terms("Exit tickets", 4), T0);

        MentoringAgreement confirmed = agreements()
                .update(draft.in(relationship)
                        .confirmedBy(mentor, T0.plusSeconds(10))
                        .confirmedBy(mentee, T0.plusSeconds(20)));

        assertThat(confirmed.version()).isEqualTo(1);
        assertThat(confirmed.confirmations()).isEqualTo(Map.of(mentor, T0.plusSeconds(10), mentee, T0.plusSeconds(20)));
        assertThat(agreements().find(relationship.id())).contains(confirmed);
        assertThat(agreements().update(confirmed.confirmedBy(mentor, T0.plusSeconds(30))))
                .as("confirming again changes nothing")
                .isEqualTo(confirmed);

        MentoringAgreement changed =
                agreements().update(confirmed.changed(terms("Cold calling", 2), mentee, T0.plusSeconds(40)));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.confirmations()).isEmpty();
        assertThat(changed.terms()).isEqualTo(terms("Cold calling", 2));
        assertThat(agreements().find(relationship.id())).contains(changed);
    }

    @Test
    void theAgreementsOfSeveralRelationshipsComeLeastRecentlyChangedFirst() {
        MentoringRelationship one = aRelationship();
        MentoringRelationship two = aRelationship();
        MentoringAgreement later = anAgreement(one, terms("Exit tickets", 4), T0.plusSeconds(20));
        MentoringAgreement earlier = anAgreement(two, terms("Exit tickets", 4), T0.plusSeconds(10));
        anAgreement(aRelationship(), terms("Exit tickets", 4), T0);

        assertThat(agreements().ofRelationships(List.of(one.id(), two.id(), UUID.randomUUID())))
                .containsExactly(earlier, later);
        assertThat(agreements().ofRelationships(List.of())).isEmpty();
    }
}
