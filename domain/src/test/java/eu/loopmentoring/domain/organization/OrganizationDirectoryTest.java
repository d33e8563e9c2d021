package eu.loopmentoring.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryAudit;
import eu.loopmentoring.domain.fakes.InMemoryOrganizationMemberships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.MutableClock;
import eu.loopmentoring.domain.fakes.PrefixHasher;
import eu.loopmentoring.domain.identity.Accounts;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.identity.Registration;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganizationDirectoryTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryPeople people = new InMemoryPeople();
    private final Accounts accounts = new Accounts(people, new PrefixHasher(), new InMemoryAudit(), clock);
    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final InMemoryOrganizationMemberships memberships =
            new InMemoryOrganizationMemberships(people, organizations);
    private final OrganizationDirectory directory =
            new OrganizationDirectory(organizations, memberships, people, clock);

    private final Person coordinator = person("coordinator");
    private final Person leader = person("leader");
    private final Person teacher = person("teacher");
    private final Person stranger = person("stranger");
    private final Organization school = directory
            .register(
                    coordinator.asSubject(),
                    new OrganizationDetails(
                            "Escola Básica",
                            OrganizationKind.SCHOOL,
                            "PT",
                            Optional.of("Lisboa"),
                            List.of("pt"),
                            Set.of(IscedLevel.ISCED_1),
                            Optional.empty(),
                            Optional.empty()))
            .organization();

    private Person person(String name) {
        return accounts.register(
                new Registration(new Email(name + "@example.org"), "a long enough password", name, "PT", "pt"), "a");
    }

    private Member request(Person who, OrganizationRole role) {
        return directory.propose(who.asSubject(), school.id(), role, Optional.empty(), Optional.of("Hello"));
    }

    private Member invite(Person by, Person who, OrganizationRole role) {
        return directory.propose(by.asSubject(), school.id(), role, Optional.of(who.email()), Optional.empty());
    }

    private void admitLeader() {
        Member request = request(leader, OrganizationRole.SCHOOL_LEADER);
        directory.accept(
                coordinator.asSubject(), school.id(), request.membership().id());
    }

    @Test
    void whoever_registers_an_organisation_is_its_first_active_coordinator() {
        OrganizationView view = directory.view(coordinator.asSubject(), school.id());

        assertThat(view.memberCount()).isEqualTo(1);
        assertThat(view.mine())
                .get()
                .satisfies(m ->
                        assertThat(m.isActiveIn(OrganizationRole.COORDINATOR)).isTrue());
        assertThat(view.organization().verified()).isFalse();
    }

    @Test
    void everyone_sees_the_organisation_but_only_its_members_see_who_belongs() {
        assertThat(directory.view(stranger.asSubject(), school.id()).mine()).isEmpty();

        assertThatThrownBy(() ->
                        directory.members(stranger.asSubject(), school.id(), Optional.empty(), PageRequest.first(10)))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThat(directory
                        .members(coordinator.asSubject(), school.id(), Optional.empty(), PageRequest.first(10))
                        .items())
                .extracting(Member::displayName)
                .containsExactly("coordinator");
    }

    @Test
    void a_request_waits_for_a_coordinator_or_school_leader_and_its_author_may_read_it_meanwhile() {
        admitLeader();
        Member request = request(teacher, OrganizationRole.TEACHER);

        assertThat(directory.membership(
                        teacher.asSubject(), school.id(), request.membership().id()))
                .isEqualTo(request);
        assertThatThrownBy(() ->
                        directory.members(teacher.asSubject(), school.id(), Optional.empty(), PageRequest.first(5)))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> directory.accept(
                        teacher.asSubject(), school.id(), request.membership().id()))
                .isInstanceOf(AccessDeniedException.class);

        Member accepted = directory.accept(
                leader.asSubject(), school.id(), request.membership().id());

        assertThat(accepted.membership().active()).isTrue();
        assertThat(accepted.membership().activeSince()).isPresent();
        assertThatThrownBy(() -> directory.accept(
                        leader.asSubject(), school.id(), request.membership().id()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void nobody_asks_to_become_coordinator_and_only_coordinators_invite_coordinators() {
        admitLeader();

        assertThatThrownBy(() -> request(teacher, OrganizationRole.COORDINATOR))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> invite(leader, teacher, OrganizationRole.COORDINATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(invite(leader, teacher, OrganizationRole.TEACHER)
                        .membership()
                        .status())
                .isEqualTo(MembershipStatus.INVITED);
    }

    @Test
    void only_the_invited_person_accepts_an_invitation_and_a_second_one_is_a_conflict() {
        Member invitation = invite(coordinator, teacher, OrganizationRole.TEACHER);

        assertThatThrownBy(() -> directory.accept(
                        coordinator.asSubject(),
                        school.id(),
                        invitation.membership().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invite(coordinator, teacher, OrganizationRole.TEACHER_TRAINER))
                .isInstanceOf(ConflictException.class);
        assertThatCode(() -> invite(coordinator, person("outsider"), OrganizationRole.TEACHER))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> directory.propose(
                        coordinator.asSubject(),
                        school.id(),
                        OrganizationRole.TEACHER,
                        Optional.of(new Email("nobody@example.org")),
                        Optional.empty()))
                .isInstanceOf(RuleViolationException.class);

        assertThat(directory
                        .accept(
                                teacher.asSubject(),
                                school.id(),
                                invitation.membership().id())
                        .membership()
                        .active())
                .isTrue();
    }

    @Test
    void the_last_coordinator_can_neither_leave_nor_be_demoted() {
        OrganizationMembership mine =
                directory.view(coordinator.asSubject(), school.id()).mine().orElseThrow();

        assertThatThrownBy(() -> directory.end(
                        coordinator.asSubject(), school.id(), mine.id(), ExpectedVersion.of(mine.version())))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> directory.changeRole(
                        coordinator.asSubject(),
                        school.id(),
                        mine.id(),
                        ExpectedVersion.of(mine.version()),
                        OrganizationRole.TEACHER))
                .isInstanceOf(RuleViolationException.class);

        Member second = invite(coordinator, teacher, OrganizationRole.COORDINATOR);
        directory.accept(teacher.asSubject(), school.id(), second.membership().id());
        directory.end(coordinator.asSubject(), school.id(), mine.id(), ExpectedVersion.of(mine.version()));
        assertThat(directory.view(teacher.asSubject(), school.id()).memberCount())
                .isEqualTo(1);
    }

    @Test
    void strangers_are_refused_before_their_missing_version_is_looked_at() {
        OrganizationMembership mine =
                directory.view(coordinator.asSubject(), school.id()).mine().orElseThrow();
        OrganizationChanges rename = new OrganizationChanges(
                Optional.of("Taken over"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());

        assertThatThrownBy(() -> directory.change(stranger.asSubject(), school.id(), ExpectedVersion.none(), rename))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.end(stranger.asSubject(), school.id(), mine.id(), ExpectedVersion.none()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> directory.verify(coordinator.asSubject(), school.id(), ExpectedVersion.none(), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organizations.find(school.id()).orElseThrow().name()).isEqualTo("Escola Básica");
    }

    @Test
    void a_change_based_on_an_old_version_is_refused() {
        OrganizationChanges rename = new OrganizationChanges(
                Optional.of("Escola Nova"),
                Optional.empty(),
                Optional.empty(),
                Optional.of(""),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());

        OrganizationView changed =
                directory.change(coordinator.asSubject(), school.id(), ExpectedVersion.of(0), rename);

        assertThat(changed.organization().name()).isEqualTo("Escola Nova");
        assertThat(changed.organization().region()).isEmpty();
        assertThatThrownBy(() -> directory.change(coordinator.asSubject(), school.id(), ExpectedVersion.of(0), rename))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void an_api_client_sees_only_its_own_organisation_and_only_with_the_scope() {
        Subject partner = new ClientSubject(UUID.randomUUID(), school.id(), Set.of(Scope.ORGANIZATIONS_READ));
        Subject unscoped = new ClientSubject(UUID.randomUUID(), school.id(), Set.of(Scope.RESOURCES_READ));
        Organization other = directory
                .register(
                        stranger.asSubject(),
                        new OrganizationDetails(
                                "Other",
                                OrganizationKind.UNIVERSITY,
                                "FI",
                                Optional.empty(),
                                List.of(),
                                Set.of(),
                                Optional.empty(),
                                Optional.empty()))
                .organization();

        assertThat(directory
                        .members(partner, school.id(), Optional.empty(), PageRequest.first(5))
                        .items())
                .hasSize(1);
        assertThat(directory
                        .browse(
                                partner,
                                new OrganizationFilter(
                                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                                PageRequest.first(5))
                        .items())
                .extracting(v -> v.organization().id())
                .containsExactly(school.id());
        assertThatThrownBy(() -> directory.view(partner, other.id())).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> directory.view(unscoped, school.id())).isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> request(stranger, OrganizationRole.TEACHER)).doesNotThrowAnyException();
    }

    @Test
    void only_administrators_verify_and_a_person_sees_their_own_memberships() {
        Person admin = accounts.ensureFirstAdministrator(new Email("admin@example.org"), "a long admin password")
                .orElseThrow();

        OrganizationView verified = directory.verify(admin.asSubject(), school.id(), ExpectedVersion.of(0), true);

        assertThat(verified.organization().verifiedAt()).isPresent();
        assertThat(directory.mine(coordinator.asSubject()))
                .singleElement()
                .satisfies(m -> assertThat(m.organizationName()).isEqualTo("Escola Básica"));
    }
}
