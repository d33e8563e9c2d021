package eu.loopmentoring.domain.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.TickingClock;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.domain.shared.VersionRequiredException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoalitionCommunityTest {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryCoalitionMemberships memberships = new InMemoryCoalitionMemberships();
    private final InMemoryCoalitions coalitions = new InMemoryCoalitions(memberships);
    private final CoalitionCommunity community =
            new CoalitionCommunity(coalitions, memberships, people, new TickingClock());

    private final Person ana = people.register("Ana");
    private final Person bo = people.register("Bo");
    private final Person cy = people.register("Cy");
    private final Person stranger = people.register("Stranger");
    private final Person admin = people.register("Admin", PlatformRole.ADMINISTRATOR);
    private final ClientSubject partner =
            new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.values()));

    private static Subject as(Person person) {
        return person.asSubject();
    }

    private Coalition found(Person founder, String name, Admission admission) {
        return community
                .found(as(founder), new CoalitionDraft(name, "", Set.of("PT"), admission))
                .coalition();
    }

    private CoalitionMembership mine(Person person, Coalition coalition) {
        return memberships.find(coalition.id(), person.id()).orElseThrow();
    }

    private CoalitionMembership activeMember(Person person, Coalition coalition) {
        CoalitionMembership membership = community.join(as(person), coalition.id());
        return membership.isActive() ? membership : community.approve(as(admin), coalition.id(), membership.id());
    }

    @Nested
    class Founding {

        @Test
        void the_founder_is_the_first_member_and_its_coordinator() {
            CoalitionView view = community.found(
                    as(ana), new CoalitionDraft("  Lisbon Mentors  ", null, Set.of("PT", "ES"), Admission.OPEN));

            assertThat(view.coalition().name()).isEqualTo("Lisbon Mentors");
            assertThat(view.coalition().description()).isEmpty();
            assertThat(view.coalition().countries()).containsExactly("ES", "PT");
            assertThat(view.coalition().createdBy()).contains(ana.id());
            assertThat(view.coalition().memberCount()).isEqualTo(1);
            CoalitionMembership founder = view.myMembership().orElseThrow();
            assertThat(founder.role()).isEqualTo(CoalitionRole.COORDINATOR);
            assertThat(founder.status()).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(founder.joinedAt()).contains(founder.requestedAt());
            assertThat(community
                            .coalition(as(bo), view.coalition().id())
                            .coalition()
                            .memberCount())
                    .isEqualTo(1);
        }

        @Test
        void a_name_that_exists_in_any_case_is_a_conflict_and_nothing_is_created() {
            found(ana, "Porto Peers", Admission.OPEN);

            assertThatThrownBy(() -> found(bo, "PORTO peers", Admission.BY_APPROVAL))
                    .isInstanceOf(ConflictException.class);
            assertThat(coalitions.byId).hasSize(1);
            assertThat(memberships.membershipsOf(bo.id())).isEmpty();
        }

        @Test
        void names_descriptions_and_countries_are_checked() {
            assertThatThrownBy(() -> new CoalitionDraft("   ", "", Set.of(), Admission.OPEN))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("name");
            assertThatThrownBy(() -> new CoalitionDraft("x".repeat(121), "", Set.of(), Admission.OPEN))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> new CoalitionDraft("Ok", "d".repeat(4001), Set.of(), Admission.OPEN))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("description");
            assertThatThrownBy(() -> new CoalitionDraft("Ok", "", Set.of("pt"), Admission.OPEN))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("countries");
            Set<String> tooMany = Set.copyOf(IntStream.range(0, 61)
                    .mapToObj(i -> "" + (char) ('A' + i / 26) + (char) ('A' + i % 26))
                    .toList());
            assertThatThrownBy(() -> new CoalitionDraft("Ok", "", tooMany, Admission.OPEN))
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        void api_clients_can_do_nothing_with_coalitions() {
            Coalition coalition = found(ana, "Clientless", Admission.OPEN);
            UUID membership = mine(ana, coalition).id();

            assertThatThrownBy(() -> community.coalitions(partner, CoalitionFilter.ALL, PageRequest.first(5)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> community.coalition(partner, coalition.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            community.found(partner, new CoalitionDraft("By a client", "", Set.of(), Admission.OPEN)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> community.join(partner, coalition.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            community.memberships(partner, coalition.id(), Optional.empty(), PageRequest.first(5)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> community.membership(partner, coalition.id(), membership))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> community.end(partner, coalition.id(), membership, ExpectedVersion.of(0)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class Browsing {

        @Test
        void people_see_coalitions_by_name_with_their_own_membership() {
            Coalition zeta = found(ana, "Zeta", Admission.OPEN);
            Coalition alpha = found(bo, "alpha", Admission.BY_APPROVAL);
            Coalition mid = found(bo, "Mid", Admission.OPEN);
            community.join(as(ana), alpha.id());

            Page<CoalitionView> first = community.coalitions(as(ana), CoalitionFilter.ALL, PageRequest.first(2));
            Page<CoalitionView> second = community.coalitions(
                    as(ana),
                    CoalitionFilter.ALL,
                    PageRequest.after(2, first.next().orElseThrow()));

            assertThat(first.items()).extracting(v -> v.coalition().id()).containsExactly(mid.id(), zeta.id());
            assertThat(first.items().get(0).myMembership()).isEmpty();
            assertThat(first.items().get(1).myMembership().orElseThrow().role()).isEqualTo(CoalitionRole.COORDINATOR);
            assertThat(second.items()).extracting(v -> v.coalition().id()).containsExactly(alpha.id());
            assertThat(second.items().get(0).myMembership().orElseThrow().status())
                    .isEqualTo(MembershipStatus.REQUESTED);
            assertThat(second.next()).isEmpty();
        }

        @Test
        void filters_narrow_by_country_and_by_name_prefix_in_any_case() {
            found(ana, "Helsinki Hub", Admission.OPEN);
            community.found(as(ana), new CoalitionDraft("Helsinki Two", "", Set.of("FI"), Admission.OPEN));

            assertThat(community
                            .coalitions(
                                    as(bo),
                                    new CoalitionFilter(Optional.of("FI"), Optional.empty()),
                                    PageRequest.first(10))
                            .items())
                    .extracting(v -> v.coalition().name())
                    .containsExactly("Helsinki Two");
            assertThat(community
                            .coalitions(
                                    as(bo),
                                    new CoalitionFilter(Optional.empty(), Optional.of("hELSINKI")),
                                    PageRequest.first(10))
                            .items())
                    .hasSize(2);
        }

        @Test
        void an_unknown_coalition_is_not_found() {
            assertThatThrownBy(() -> community.coalition(as(ana), UUID.randomUUID()))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThatThrownBy(() -> community.join(as(ana), UUID.randomUUID()))
                    .isInstanceOf(ObjectNotFoundException.class);
        }
    }

    @Nested
    class Changing {

        @Test
        void a_coordinator_changes_only_what_is_given_and_the_version_moves() {
            Coalition coalition = community
                    .found(as(ana), new CoalitionDraft("Braga", "About us", Set.of("PT"), Admission.OPEN))
                    .coalition();

            Coalition changed = community
                    .change(
                            as(ana),
                            coalition.id(),
                            ExpectedVersion.of(coalition.version()),
                            new CoalitionChanges(
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.of(Admission.BY_APPROVAL)))
                    .coalition();

            assertThat(changed.admission()).isEqualTo(Admission.BY_APPROVAL);
            assertThat(changed.name()).isEqualTo("Braga");
            assertThat(changed.description()).isEqualTo("About us");
            assertThat(changed.countries()).containsExactly("PT");
            assertThat(changed.version()).isEqualTo(coalition.version() + 1);
        }

        @Test
        void a_change_based_on_an_old_version_is_refused() {
            Coalition coalition = found(ana, "Faro", Admission.OPEN);
            community.change(as(ana), coalition.id(), ExpectedVersion.of(0), rename("Faro 2"));

            assertThatThrownBy(() -> community.change(as(ana), coalition.id(), ExpectedVersion.of(0), rename("Faro 3")))
                    .isInstanceOf(StaleVersionException.class);
        }

        @Test
        void members_who_do_not_coordinate_and_strangers_may_not_change_it_but_administrators_may() {
            Coalition coalition = found(ana, "Evora", Admission.OPEN);
            community.join(as(bo), coalition.id());

            assertThatThrownBy(() -> community.change(as(bo), coalition.id(), ExpectedVersion.of(0), rename("Bo's")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> community.coalitionToCoordinate(as(stranger), coalition.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(community
                            .change(as(admin), coalition.id(), ExpectedVersion.of(0), rename("Evora Network"))
                            .coalition()
                            .name())
                    .isEqualTo("Evora Network");
        }

        @Test
        void renaming_to_another_coalitions_name_is_a_conflict_but_its_own_in_another_case_is_not() {
            found(bo, "Coimbra", Admission.OPEN);
            Coalition coalition = found(ana, "Aveiro", Admission.OPEN);

            assertThatThrownBy(
                            () -> community.change(as(ana), coalition.id(), ExpectedVersion.of(0), rename("COIMBRA")))
                    .isInstanceOf(ConflictException.class);
            assertThat(community
                            .change(as(ana), coalition.id(), ExpectedVersion.of(0), rename("AVEIRO"))
                            .coalition()
                            .name())
                    .isEqualTo("AVEIRO");
        }

        private CoalitionChanges rename(String name) {
            return new CoalitionChanges(Optional.of(name), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    @Nested
    class Joining {

        @Test
        void in_an_open_coalition_a_person_is_an_active_member_at_once() {
            Coalition coalition = found(ana, "Open Door", Admission.OPEN);

            CoalitionMembership membership = community.join(as(bo), coalition.id());

            assertThat(membership.status()).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(membership.role()).isEqualTo(CoalitionRole.MEMBER);
            assertThat(membership.displayName()).isEqualTo("Bo");
            assertThat(membership.joinedAt()).isPresent();
            assertThat(community.coalition(as(bo), coalition.id()).coalition().memberCount())
                    .isEqualTo(2);
        }

        @Test
        void in_a_coalition_by_approval_joining_is_a_request_that_does_not_count_as_a_member() {
            Coalition coalition = found(ana, "Closed Door", Admission.BY_APPROVAL);

            CoalitionMembership membership = community.join(as(bo), coalition.id());

            assertThat(membership.status()).isEqualTo(MembershipStatus.REQUESTED);
            assertThat(membership.joinedAt()).isEmpty();
            assertThat(community.coalition(as(bo), coalition.id()).coalition().memberCount())
                    .isEqualTo(1);
        }

        @Test
        void joining_twice_is_a_conflict_whether_active_or_requested() {
            Coalition open = found(ana, "Twice Open", Admission.OPEN);
            Coalition closed = found(ana, "Twice Closed", Admission.BY_APPROVAL);
            community.join(as(bo), open.id());
            community.join(as(bo), closed.id());

            assertThatThrownBy(() -> community.join(as(bo), open.id())).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> community.join(as(bo), closed.id())).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> community.join(as(ana), open.id())).isInstanceOf(ConflictException.class);
        }

        @Test
        void a_person_lists_their_own_memberships_and_only_administrators_those_of_others() {
            Coalition one = found(ana, "One", Admission.OPEN);
            Coalition two = found(bo, "Two", Admission.BY_APPROVAL);
            community.join(as(ana), two.id());

            assertThat(community.membershipsOf(as(ana), ana.id()))
                    .extracting(CoalitionMembership::coalitionId)
                    .containsExactlyInAnyOrder(one.id(), two.id());
            assertThat(community.membershipsOf(as(admin), ana.id())).hasSize(2);
            assertThatThrownBy(() -> community.membershipsOf(as(bo), ana.id()))
                    .isInstanceOf(ObjectNotFoundException.class);
        }
    }

    @Nested
    class SeeingMembers {

        @Test
        void active_members_and_administrators_see_the_members() {
            Coalition coalition = found(ana, "Seen", Admission.OPEN);
            community.join(as(bo), coalition.id());

            assertThat(community
                            .memberships(as(bo), coalition.id(), Optional.empty(), PageRequest.first(10))
                            .items())
                    .extracting(CoalitionMembership::displayName)
                    .containsExactly("Ana", "Bo");
            assertThat(community
                            .memberships(as(admin), coalition.id(), Optional.empty(), PageRequest.first(10))
                            .items())
                    .hasSize(2);
        }

        @Test
        void the_status_filter_shows_pending_requests_to_coordinators() {
            Coalition coalition = found(ana, "Pending", Admission.BY_APPROVAL);
            community.join(as(bo), coalition.id());

            assertThat(community
                            .memberships(
                                    as(ana),
                                    coalition.id(),
                                    Optional.of(MembershipStatus.REQUESTED),
                                    PageRequest.first(10))
                            .items())
                    .extracting(CoalitionMembership::personId)
                    .containsExactly(bo.id());
        }

        @Test
        void strangers_and_people_whose_request_is_pending_find_no_member_list() {
            Coalition coalition = found(ana, "Hidden", Admission.BY_APPROVAL);
            community.join(as(bo), coalition.id());

            assertThatThrownBy(() -> community.memberships(
                            as(stranger), coalition.id(), Optional.empty(), PageRequest.first(10)))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThatThrownBy(() ->
                            community.memberships(as(bo), coalition.id(), Optional.empty(), PageRequest.first(10)))
                    .isInstanceOf(ObjectNotFoundException.class);
        }

        @Test
        void a_person_always_sees_their_own_membership_but_a_pending_one_sees_no_other() {
            Coalition coalition = found(ana, "Own", Admission.BY_APPROVAL);
            CoalitionMembership request = community.join(as(bo), coalition.id());
            UUID coordinator = mine(ana, coalition).id();

            assertThat(community.membership(as(bo), coalition.id(), request.id()))
                    .isEqualTo(request);
            assertThatThrownBy(() -> community.membership(as(bo), coalition.id(), coordinator))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThatThrownBy(() -> community.membership(as(stranger), coalition.id(), request.id()))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThat(community.membership(as(admin), coalition.id(), request.id()))
                    .isEqualTo(request);
        }

        @Test
        void a_membership_is_only_found_under_its_own_coalition() {
            Coalition one = found(ana, "First", Admission.OPEN);
            Coalition other = found(ana, "Second", Admission.OPEN);

            assertThatThrownBy(() -> community.membership(
                            as(ana), other.id(), mine(ana, one).id()))
                    .isInstanceOf(ObjectNotFoundException.class);
        }
    }

    @Nested
    class Approving {

        @Test
        void a_coordinator_approves_a_request_and_the_person_becomes_an_active_member() {
            Coalition coalition = found(ana, "Approve", Admission.BY_APPROVAL);
            CoalitionMembership request = community.join(as(bo), coalition.id());

            CoalitionMembership approved = community.approve(as(ana), coalition.id(), request.id());

            assertThat(approved.status()).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(approved.joinedAt()).isPresent();
            assertThat(approved.version()).isEqualTo(request.version() + 1);
            assertThat(coalitions.locks).isPositive();
            assertThat(community
                            .memberships(as(bo), coalition.id(), Optional.empty(), PageRequest.first(5))
                            .items())
                    .hasSize(2);
        }

        @Test
        void approving_a_membership_that_is_not_requested_breaks_a_rule() {
            Coalition coalition = found(ana, "Approve Twice", Admission.BY_APPROVAL);
            CoalitionMembership request = community.join(as(bo), coalition.id());
            community.approve(as(ana), coalition.id(), request.id());

            assertThatThrownBy(() -> community.approve(as(ana), coalition.id(), request.id()))
                    .isInstanceOf(RuleViolationException.class);
        }

        @Test
        void members_who_do_not_coordinate_are_refused_and_strangers_find_nothing() {
            Coalition coalition = found(ana, "Approvers", Admission.BY_APPROVAL);
            activeMember(cy, coalition);
            CoalitionMembership request = community.join(as(bo), coalition.id());

            assertThatThrownBy(() -> community.approve(as(cy), coalition.id(), request.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> community.approve(as(bo), coalition.id(), request.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> community.approve(as(stranger), coalition.id(), request.id()))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThat(memberships.find(request.id()).orElseThrow().status()).isEqualTo(MembershipStatus.REQUESTED);
        }
    }

    @Nested
    class Roles {

        @Test
        void a_coordinator_appoints_another_coordinator_who_may_then_demote_the_first() {
            Coalition coalition = found(ana, "Roles", Admission.OPEN);
            CoalitionMembership bos = activeMember(bo, coalition);

            CoalitionMembership promoted = community.changeRole(
                    as(ana), coalition.id(), bos.id(), ExpectedVersion.of(bos.version()), CoalitionRole.COORDINATOR);
            CoalitionMembership anas = mine(ana, coalition);
            CoalitionMembership demoted = community.changeRole(
                    as(bo), coalition.id(), anas.id(), ExpectedVersion.of(anas.version()), CoalitionRole.MEMBER);

            assertThat(promoted.isCoordinator()).isTrue();
            assertThat(demoted.role()).isEqualTo(CoalitionRole.MEMBER);
            assertThat(coalitions.locks).isGreaterThanOrEqualTo(2);
        }

        @Test
        void the_last_coordinator_cannot_become_a_member_while_others_remain() {
            Coalition coalition = found(ana, "Last", Admission.OPEN);
            activeMember(bo, coalition);
            CoalitionMembership anas = mine(ana, coalition);

            assertThatThrownBy(() -> community.changeRole(
                            as(ana),
                            coalition.id(),
                            anas.id(),
                            ExpectedVersion.of(anas.version()),
                            CoalitionRole.MEMBER))
                    .isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() -> community.changeRole(
                            as(admin),
                            coalition.id(),
                            anas.id(),
                            ExpectedVersion.of(anas.version()),
                            CoalitionRole.MEMBER))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(mine(ana, coalition).isCoordinator()).isTrue();
        }

        @Test
        void a_lone_coordinator_may_step_down() {
            Coalition coalition = found(ana, "Lone", Admission.OPEN);
            CoalitionMembership anas = mine(ana, coalition);

            assertThat(community
                            .changeRole(
                                    as(ana),
                                    coalition.id(),
                                    anas.id(),
                                    ExpectedVersion.of(anas.version()),
                                    CoalitionRole.MEMBER)
                            .role())
                    .isEqualTo(CoalitionRole.MEMBER);
        }

        @Test
        void a_pending_request_has_no_role_to_change() {
            Coalition coalition = found(ana, "No Role", Admission.BY_APPROVAL);
            CoalitionMembership request = community.join(as(bo), coalition.id());

            assertThatThrownBy(() -> community.changeRole(
                            as(ana),
                            coalition.id(),
                            request.id(),
                            ExpectedVersion.of(request.version()),
                            CoalitionRole.COORDINATOR))
                    .isInstanceOf(RuleViolationException.class);
        }

        @Test
        void only_coordinators_change_roles_strangers_find_nothing_and_old_versions_are_refused() {
            Coalition coalition = found(ana, "Who Changes", Admission.OPEN);
            CoalitionMembership bos = activeMember(bo, coalition);
            CoalitionMembership cys = activeMember(cy, coalition);

            assertThatThrownBy(() -> community.changeRole(
                            as(bo),
                            coalition.id(),
                            bos.id(),
                            ExpectedVersion.of(bos.version()),
                            CoalitionRole.COORDINATOR))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> community.membershipToCoordinate(as(stranger), coalition.id(), cys.id()))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThatThrownBy(() -> community.changeRole(
                            as(ana),
                            coalition.id(),
                            cys.id(),
                            ExpectedVersion.of(cys.version() + 1),
                            CoalitionRole.COORDINATOR))
                    .isInstanceOf(StaleVersionException.class);
        }

        @Test
        void a_coordinator_of_another_coalition_finds_nothing_even_without_a_version() {
            Coalition coalition = found(ana, "Theirs", Admission.OPEN);
            found(bo, "Bo's Own", Admission.OPEN);
            CoalitionMembership cys = activeMember(cy, coalition);

            assertThatThrownBy(() -> community.changeRole(
                            as(bo), coalition.id(), cys.id(), ExpectedVersion.none(), CoalitionRole.COORDINATOR))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThatThrownBy(() -> community.end(as(bo), coalition.id(), cys.id(), ExpectedVersion.none()))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThatThrownBy(() -> community.changeRole(
                            as(ana), coalition.id(), cys.id(), ExpectedVersion.none(), CoalitionRole.COORDINATOR))
                    .isInstanceOf(VersionRequiredException.class);
        }
    }

    @Nested
    class Ending {

        @Test
        void a_member_leaves_and_a_requester_withdraws() {
            Coalition open = found(ana, "Leave", Admission.OPEN);
            Coalition closed = found(ana, "Withdraw", Admission.BY_APPROVAL);
            CoalitionMembership member = community.join(as(bo), open.id());
            CoalitionMembership request = community.join(as(bo), closed.id());

            community.end(as(bo), open.id(), member.id(), ExpectedVersion.of(member.version()));
            community.end(as(bo), closed.id(), request.id(), ExpectedVersion.of(request.version()));

            assertThat(memberships.membershipsOf(bo.id())).isEmpty();
            assertThat(community.coalition(as(ana), open.id()).coalition().memberCount())
                    .isEqualTo(1);
        }

        @Test
        void a_coordinator_removes_a_member_and_rejects_a_request() {
            Coalition coalition = found(ana, "Remove", Admission.BY_APPROVAL);
            CoalitionMembership member = activeMember(bo, coalition);
            CoalitionMembership request = community.join(as(cy), coalition.id());

            community.end(as(ana), coalition.id(), member.id(), ExpectedVersion.of(member.version()));
            community.end(as(ana), coalition.id(), request.id(), ExpectedVersion.of(request.version()));

            assertThat(memberships.count(coalition.id())).isEqualTo(1);
        }

        @Test
        void a_member_who_does_not_coordinate_cannot_remove_others_and_strangers_find_nothing() {
            Coalition coalition = found(ana, "Not Yours", Admission.OPEN);
            CoalitionMembership bos = activeMember(bo, coalition);
            CoalitionMembership cys = activeMember(cy, coalition);

            assertThatThrownBy(() -> community.end(as(bo), coalition.id(), cys.id(), ExpectedVersion.of(cys.version())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            community.end(as(stranger), coalition.id(), bos.id(), ExpectedVersion.of(bos.version())))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThat(memberships.count(coalition.id())).isEqualTo(3);
        }

        @Test
        void the_last_coordinator_can_neither_leave_nor_be_removed_while_others_remain() {
            Coalition coalition = found(ana, "Stay", Admission.BY_APPROVAL);
            community.join(as(bo), coalition.id());
            CoalitionMembership anas = mine(ana, coalition);

            assertThatThrownBy(
                            () -> community.end(as(ana), coalition.id(), anas.id(), ExpectedVersion.of(anas.version())))
                    .isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() ->
                            community.end(as(admin), coalition.id(), anas.id(), ExpectedVersion.of(anas.version())))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(memberships.find(anas.id())).isPresent();
        }

        @Test
        void a_coordinator_may_leave_when_another_coordinator_remains() {
            Coalition coalition = found(ana, "Handover", Admission.OPEN);
            CoalitionMembership bos = activeMember(bo, coalition);
            community.changeRole(
                    as(ana), coalition.id(), bos.id(), ExpectedVersion.of(bos.version()), CoalitionRole.COORDINATOR);
            CoalitionMembership anas = mine(ana, coalition);

            community.end(as(ana), coalition.id(), anas.id(), ExpectedVersion.of(anas.version()));

            assertThat(memberships.find(anas.id())).isEmpty();
        }

        @Test
        void a_lone_coordinator_may_leave_and_the_coalition_remains() {
            Coalition coalition = found(ana, "Remains", Admission.OPEN);
            CoalitionMembership anas = mine(ana, coalition);

            community.end(as(ana), coalition.id(), anas.id(), ExpectedVersion.of(anas.version()));

            assertThat(community.coalition(as(bo), coalition.id()).coalition().memberCount())
                    .isZero();
        }

        @Test
        void ending_a_membership_on_the_basis_of_an_old_version_is_refused() {
            Coalition coalition = found(ana, "Old", Admission.OPEN);
            CoalitionMembership bos = activeMember(bo, coalition);
            community.changeRole(
                    as(ana), coalition.id(), bos.id(), ExpectedVersion.of(bos.version()), CoalitionRole.COORDINATOR);

            assertThatThrownBy(() -> community.end(as(bo), coalition.id(), bos.id(), ExpectedVersion.of(bos.version())))
                    .isInstanceOf(StaleVersionException.class);
        }
    }
}
