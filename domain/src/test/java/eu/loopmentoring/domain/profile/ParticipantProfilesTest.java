package eu.loopmentoring.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryProfiles;
import eu.loopmentoring.domain.fakes.KnownPersonRelations;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.StaleVersionException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParticipantProfilesTest {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final KnownPersonRelations relations = new KnownPersonRelations();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryAnswering answering = new InMemoryAnswering(clock);
    private final ParticipantProfiles service =
            new ParticipantProfiles(profiles, people, relations, answering.answering, clock);

    private final Person owner = people.register("Ana Costa");

    @Nested
    class TheOwner {

        @Test
        void sees_an_empty_profile_with_the_default_visibility_before_saving_one() {
            ProfileView mine = service.mine(owner.asSubject());

            assertThat(mine.profile().version()).isZero();
            assertThat(mine.profile().background().country()).contains("PT");
            assertThat(mine.profile().visibility()).isEqualTo(ProfileVisibility.DEFAULT);
            assertThat(mine.visible()).containsExactlyInAnyOrder(ProfileFieldGroup.values());
        }

        @Test
        void changes_only_what_is_present_and_the_version_moves_on() {
            service.change(
                    owner.asSubject(),
                    ExpectedVersion.of(0),
                    changes().bio("Primary teacher in Porto.").build());

            ProfileView changed = service.change(
                    owner.asSubject(),
                    ExpectedVersion.of(1),
                    changes().careerStage(CareerStage.INDUCTION).build());

            assertThat(changed.profile().version()).isEqualTo(2);
            assertThat(changed.profile().bio()).contains("Primary teacher in Porto.");
            assertThat(changed.profile().background().careerStage()).contains(CareerStage.INDUCTION);
            assertThat(changed.profile().updatedAt()).contains(Instant.parse("2026-11-23T10:00:00Z"));
        }

        @Test
        void clears_the_bio_with_an_empty_text() {
            service.change(
                    owner.asSubject(),
                    ExpectedVersion.of(0),
                    changes().bio("Hello").build());

            ProfileView cleared = service.change(
                    owner.asSubject(), ExpectedVersion.of(1), changes().bio("").build());

            assertThat(cleared.profile().bio()).isEmpty();
        }

        @Test
        void cannot_save_over_a_newer_version() {
            service.change(
                    owner.asSubject(),
                    ExpectedVersion.of(0),
                    changes().bio("first").build());

            assertThatThrownBy(() -> service.change(
                            owner.asSubject(),
                            ExpectedVersion.of(0),
                            changes().bio("second").build()))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(service.mine(owner.asSubject()).profile().bio()).contains("first");
        }

        @Test
        void cannot_list_a_language_twice() {
            ProfileChanges twice = changes()
                    .languages(List.of(
                            new LanguageSkill("pt", CefrLevel.C2, true), new LanguageSkill("pt", CefrLevel.B1, false)))
                    .build();

            assertThatThrownBy(() -> service.change(owner.asSubject(), ExpectedVersion.of(0), twice))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors())
                                    .extracting(InvalidInputException.FieldError::field)
                                    .containsExactly("languages[1].language"));
        }

        @Test
        void changes_the_visibility_of_the_groups_named_only() {
            ProfileView changed = service.change(
                    owner.asSubject(),
                    ExpectedVersion.of(0),
                    changes()
                            .visibility(ProfileFieldGroup.BIO, Visibility.ALL_MEMBERS)
                            .build());

            assertThat(changed.profile().visibility().of(ProfileFieldGroup.BIO)).isEqualTo(Visibility.ALL_MEMBERS);
            assertThat(changed.profile().visibility().of(ProfileFieldGroup.TRAINING_NEEDS))
                    .isEqualTo(Visibility.PRIVATE);
        }
    }

    @Nested
    class OtherPeople {

        private final Person viewer = people.register("João Silva");

        @Test
        void see_by_default_nothing_but_the_name_when_they_share_nothing_with_the_owner() {
            ProfileView seen = service.view(viewer.asSubject(), owner.id());

            assertThat(seen.relation()).isEqualTo(ViewerRelation.MEMBER);
            assertThat(seen.displayName()).isEqualTo("Ana Costa");
            assertThat(seen.visible()).isEmpty();
        }

        @Test
        void see_what_is_shown_to_their_closest_relation_and_to_wider_audiences() {
            showEachGroupTo(Map.of(
                    ProfileFieldGroup.BIO, Visibility.ALL_MEMBERS,
                    ProfileFieldGroup.INTERESTS, Visibility.COALITION_MEMBERS,
                    ProfileFieldGroup.AVAILABILITY, Visibility.MENTORING_PARTNERS,
                    ProfileFieldGroup.TRAINING_NEEDS, Visibility.PRIVATE));

            assertThat(service.view(viewer.asSubject(), owner.id()).visible()).containsExactly(ProfileFieldGroup.BIO);
            relations.coalition(viewer.id(), owner.id());
            assertThat(service.view(viewer.asSubject(), owner.id()).visible())
                    .containsExactlyInAnyOrder(ProfileFieldGroup.BIO, ProfileFieldGroup.INTERESTS);
            relations.mentoring(viewer.id(), owner.id());
            ProfileView partner = service.view(viewer.asSubject(), owner.id());
            assertThat(partner.relation()).isEqualTo(ViewerRelation.MENTORING_PARTNER);
            assertThat(partner.visible())
                    .contains(ProfileFieldGroup.BIO, ProfileFieldGroup.INTERESTS, ProfileFieldGroup.AVAILABILITY)
                    .doesNotContain(ProfileFieldGroup.TRAINING_NEEDS);
        }

        @Test
        void administrators_see_only_what_members_see() {
            Person administrator = people.register("Admin", PlatformRole.ADMINISTRATOR);
            showEachGroupTo(Map.of(ProfileFieldGroup.BIO, Visibility.ALL_MEMBERS));

            assertThat(service.view(administrator.asSubject(), owner.id()).visible())
                    .containsExactly(ProfileFieldGroup.BIO);
        }

        @Test
        void find_no_profile_of_an_unknown_person() {
            assertThatThrownBy(() -> service.view(viewer.asSubject(), UUID.randomUUID()))
                    .isInstanceOf(ObjectNotFoundException.class);
        }
    }

    @Nested
    class PartnerClients {

        private final UUID organization = UUID.randomUUID();
        private final ClientSubject client =
                new ClientSubject(UUID.randomUUID(), organization, Set.of(Scope.PROFILES_READ));

        @Test
        void see_the_groups_shown_to_all_members_of_their_organisation_members() {
            relations.organization(organization, owner.id());
            showEachGroupTo(Map.of(
                    ProfileFieldGroup.PROFESSIONAL_BACKGROUND, Visibility.ALL_MEMBERS,
                    ProfileFieldGroup.BIO, Visibility.COALITION_MEMBERS));

            ProfileView seen = service.view(client, owner.id());

            assertThat(seen.relation()).isEqualTo(ViewerRelation.PARTNER_CLIENT);
            assertThat(seen.visible()).containsExactly(ProfileFieldGroup.PROFESSIONAL_BACKGROUND);
        }

        @Test
        void find_no_profile_of_someone_outside_their_organisation() {
            showEachGroupTo(Map.of(ProfileFieldGroup.BIO, Visibility.ALL_MEMBERS));

            assertThatThrownBy(() -> service.view(client, owner.id())).isInstanceOf(ObjectNotFoundException.class);
        }

        @Test
        void need_the_profiles_scope() {
            relations.organization(organization, owner.id());
            ClientSubject withoutScope =
                    new ClientSubject(UUID.randomUUID(), organization, Set.of(Scope.RESOURCES_READ));

            assertThatThrownBy(() -> service.view(withoutScope, owner.id())).isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void cannot_have_a_profile_of_their_own() {
            assertThatThrownBy(() -> service.mine(client)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void availability_needs_a_real_time_zone_and_windows_that_do_not_overlap() {
        List<WeeklySlot> slots = List.of(
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.of(18, 0)),
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(19, 0)),
                new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(17, 0)));

        assertThatThrownBy(() -> Availability.of(8, "+02:00", slots, "availability"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly(
                                        "availability.timeZone",
                                        "availability.weeklySlots[1]",
                                        "availability.weeklySlots[2]"));
        assertThat(Availability.of(8, "Europe/Tallinn", slots.subList(0, 1), "availability")
                        .timeZone()
                        .getId())
                .isEqualTo("Europe/Tallinn");
    }

    @Test
    void each_visibility_admits_the_viewers_of_the_narrower_ones() {
        assertThat(Visibility.PRIVATE.admits(ViewerRelation.OWNER)).isTrue();
        assertThat(Visibility.PRIVATE.admits(ViewerRelation.MENTORING_PARTNER)).isFalse();
        assertThat(Visibility.MENTORING_PARTNERS.admits(ViewerRelation.COALITION_MEMBER))
                .isFalse();
        assertThat(Visibility.COALITION_MEMBERS.admits(ViewerRelation.MENTORING_PARTNER))
                .isTrue();
        assertThat(Visibility.COALITION_MEMBERS.admits(ViewerRelation.PARTNER_CLIENT))
                .isFalse();
        assertThat(Visibility.ALL_MEMBERS.admits(ViewerRelation.PARTNER_CLIENT)).isTrue();
    }

    private void showEachGroupTo(Map<ProfileFieldGroup, Visibility> levels) {
        ChangesBuilder builder = changes();
        levels.forEach(builder::visibility);
        long version = service.mine(owner.asSubject()).profile().version();
        service.change(owner.asSubject(), ExpectedVersion.of(version), builder.build());
    }

    private static ChangesBuilder changes() {
        return new ChangesBuilder();
    }

    private static final class ChangesBuilder {
        private Optional<CareerStage> careerStage = Optional.empty();
        private Optional<List<LanguageSkill>> languages = Optional.empty();
        private Optional<String> bio = Optional.empty();
        private final Map<ProfileFieldGroup, Visibility> visibility = new HashMap<>();

        ChangesBuilder careerStage(CareerStage stage) {
            careerStage = Optional.of(stage);
            return this;
        }

        ChangesBuilder languages(List<LanguageSkill> skills) {
            languages = Optional.of(skills);
            return this;
        }

        ChangesBuilder bio(String text) {
            bio = Optional.of(text);
            return this;
        }

        ChangesBuilder visibility(ProfileFieldGroup group, Visibility level) {
            visibility.put(group, level);
            return this;
        }

        ProfileChanges build() {
            return new ProfileChanges(
                    careerStage,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.<Set<IscedLevel>>empty(),
                    Optional.empty(),
                    languages,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    bio,
                    Optional.empty(),
                    visibility);
        }
    }
}
