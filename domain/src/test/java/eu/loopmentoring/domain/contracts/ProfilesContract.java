package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.MentoringPreference;
import eu.loopmentoring.domain.profile.ProfessionalBackground;
import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.ProfileFieldGroup;
import eu.loopmentoring.domain.profile.ProfileVisibility;
import eu.loopmentoring.domain.profile.Profiles;
import eu.loopmentoring.domain.profile.Visibility;
import eu.loopmentoring.domain.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link Profiles} must do. */
public abstract class ProfilesContract extends PortContract {

    protected abstract Profiles profiles();

    /** A profile with every field filled in, at {@code version}. */
    private static Profile filledIn(Person person, String bio, long version) {
        return new Profile(
                person.id(),
                new ProfessionalBackground(
                        Optional.of(CareerStage.EARLY_CAREER),
                        Optional.of(4),
                        List.of("mathematics", "physics"),
                        Set.of(IscedLevel.ISCED_2, IscedLevel.ISCED_3),
                        Optional.of("PT")),
                List.of(new LanguageSkill("pt", CefrLevel.C2, true), new LanguageSkill("en", CefrLevel.B2, false)),
                List.of("inquiry-based learning", "assessment"),
                List.of("classroom management"),
                Optional.of(new Availability(
                        6,
                        ZoneId.of("Europe/Lisbon"),
                        List.of(new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(17, 0), LocalTime.of(18, 30))))),
                Optional.of(bio),
                Set.of(MentoringPreference.SEEKS_MENTOR, MentoringPreference.PEER_LEARNING),
                new ProfileVisibility(Map.of(
                        ProfileFieldGroup.BIO, Visibility.ALL_MEMBERS,
                        ProfileFieldGroup.LANGUAGES, Visibility.COALITION_MEMBERS)),
                version,
                Optional.of(T0.plusSeconds(version)));
    }

    @Test
    void aFirstSaveStoresTheWholeProfileAtVersionOne() {
        Person person = aPerson("Profiled");

        Profile saved = profiles().save(filledIn(person, "Hello", 0)).orElseThrow();

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved).usingRecursiveComparison().ignoringFields("version").isEqualTo(filledIn(person, "Hello", 0));
        assertThat(profiles().find(person.id())).contains(saved);
        assertThat(profiles().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void ofTwoFirstSavesOnlyOnePasses() {
        Person person = aPerson("Twice");
        Profile first = profiles().save(filledIn(person, "First", 0)).orElseThrow();

        assertThat(profiles().save(filledIn(person, "Second", 0))).isEmpty();
        assertThat(profiles().find(person.id())).contains(first);
    }

    @Test
    void aSaveNeedsTheCurrentVersionAndMovesItOn() {
        Person person = aPerson("Changing");
        Profile first = profiles().save(filledIn(person, "First", 0)).orElseThrow();
        Profile emptied = new Profile(
                person.id(),
                ProfessionalBackground.NONE,
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                ProfileVisibility.DEFAULT,
                first.version(),
                Optional.of(T0.plusSeconds(60)));

        Profile second = profiles().save(emptied).orElseThrow();

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(second).usingRecursiveComparison().ignoringFields("version").isEqualTo(emptied);
        assertThat(profiles().find(person.id())).contains(second);
        assertThat(profiles().save(filledIn(person, "Stale", first.version()))).isEmpty();
        assertThat(profiles().save(filledIn(aPerson("Nobody saved"), "Ahead", 3)))
                .isEmpty();
        assertThat(profiles().find(person.id())).contains(second);
    }

    @Test
    void theProfilesOfManyPeopleAreReadAtOnce() {
        Person one = aPerson("One");
        Person two = aPerson("Two");
        Person none = aPerson("None");
        Profile first = profiles().save(filledIn(one, "One", 0)).orElseThrow();
        Profile second = profiles().save(filledIn(two, "Two", 0)).orElseThrow();

        assertThat(profiles().findAll(List.of(one.id(), two.id(), none.id())))
                .containsOnly(Map.entry(one.id(), first), Map.entry(two.id(), second));
        assertThat(profiles().findAll(List.of())).isEmpty();
    }
}
