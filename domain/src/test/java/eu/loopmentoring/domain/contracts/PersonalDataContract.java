package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.AuditEventType;
import eu.loopmentoring.domain.identity.AuditFilter;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.identity.ExternalIdentities;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.privacy.PersonalData;
import eu.loopmentoring.domain.profile.Consent;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.profile.Consents;
import eu.loopmentoring.domain.profile.ProfessionalBackground;
import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.ProfileVisibility;
import eu.loopmentoring.domain.profile.Profiles;
import eu.loopmentoring.domain.shared.PlatformRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What any {@link PersonalData} must do for the stores of people, profiles, consents, external
 * identities, memberships and the audit log. (Mentoring and the resource bank keep their own
 * erasure rules; their contracts say what is left of a person there.)
 */
public abstract class PersonalDataContract extends PortContract {

    protected abstract AuditLog audit();

    protected abstract Consents consents();

    protected abstract Profiles profiles();

    protected abstract ExternalIdentities identities();

    protected abstract Organizations organizations();

    protected abstract OrganizationMemberships organizationMemberships();

    protected abstract Coalitions coalitions();

    protected abstract CoalitionMemberships coalitionMemberships();

    protected abstract PersonalData personalData();

    /** A person with a profile, a consent, an external identity and a membership of each kind. */
    private Person withEverything(String name, Organization organization, Coalition coalition) {
        Person person = aPerson(name);
        profiles()
                .save(new Profile(
                        person.id(),
                        ProfessionalBackground.NONE,
                        List.of(),
                        List.of("assessment"),
                        List.of(),
                        Optional.empty(),
                        Optional.of("About " + name),
                        Set.of(),
                        ProfileVisibility.DEFAULT,
                        0,
                        Optional.of(T0)))
                .orElseThrow();
        consents()
                .add(new Consent(
                        UUID.randomUUID(), person.id(), ConsentPurpose.MOTIVATION, "v1", T0, Optional.empty()));
        identities().link("https://idp.example", unique("sub-"), person.id());
        Communities.member(
                organizationMemberships(),
                organization,
                person,
                OrganizationRole.TEACHER,
                eu.loopmentoring.domain.organization.MembershipStatus.ACTIVE,
                T0);
        Communities.member(
                coalitionMemberships(), coalition, person, CoalitionRole.MEMBER, MembershipStatus.ACTIVE, T0);
        return person;
    }

    @Test
    void theAdministratorsAreThosePeopleWhoHoldTheRoleNow() {
        Person admin = aPerson("Admin");
        Person promoted = people().update(admin.withPlatformRoles(Set.of(PlatformRole.ADMINISTRATOR)))
                .orElseThrow();
        Person moderator = people().update(aPerson("Moderator").withPlatformRoles(Set.of(PlatformRole.MODERATOR)))
                .orElseThrow();

        Set<UUID> administrators = personalData().administratorsLocked();

        assertThat(administrators).contains(promoted.id()).doesNotContain(moderator.id());
    }

    @Test
    void erasureDeletesThePersonAndWhatIsTheirsAloneAndLeavesOthersAsTheyWere() {
        Organization organization = Communities.organization(organizations(), OrganizationKind.SCHOOL);
        Coalition coalition = Communities.coalition(coalitions());
        Person erased = withEverything("Erased", organization, coalition);
        Person kept = withEverything("Kept", organization, coalition);
        Profile keptProfile = profiles().find(kept.id()).orElseThrow();
        List<Consent> keptConsents = consents().of(kept.id());
        var keptLinks = identities().linkedTo(kept.id());

        personalData().eraseEverythingAbout(erased.id(), erased.email());

        assertThat(people().find(erased.id())).isEmpty();
        assertThat(people().findByEmail(erased.email())).isEmpty();
        assertThat(profiles().find(erased.id())).isEmpty();
        assertThat(consents().of(erased.id())).isEmpty();
        assertThat(identities().linkedTo(erased.id())).isEmpty();
        assertThat(organizationMemberships().findFor(organization.id(), erased.id()))
                .isEmpty();
        assertThat(coalitionMemberships().find(coalition.id(), erased.id())).isEmpty();

        assertThat(people().find(kept.id())).contains(kept);
        assertThat(profiles().find(kept.id())).contains(keptProfile);
        assertThat(consents().of(kept.id())).isEqualTo(keptConsents);
        assertThat(identities().linkedTo(kept.id())).isEqualTo(keptLinks);
        assertThat(organizations().find(organization.id())).isPresent();
        assertThat(organizationMemberships().findFor(organization.id(), kept.id()))
                .isPresent();
        assertThat(coalitionMemberships().find(coalition.id(), kept.id())).isPresent();
    }

    @Test
    void theAuditLogKeepsItsEventsWithoutAnythingThatPointsToThePerson() {
        Person erased = aPerson("Erased");
        Person admin = aPerson("Admin");
        AuditEvent theyDid = new AuditEvent(
                UUID.randomUUID(),
                T0,
                AuditEventType.LOGIN_SUCCEEDED,
                Optional.of(erased.id()),
                Optional.of(erased.id()),
                Optional.of("192.0.2.1"),
                "login of " + erased.email().value());
        AuditEvent aboutThem = new AuditEvent(
                UUID.randomUUID(),
                T0.plusSeconds(1),
                AuditEventType.PLATFORM_ROLES_CHANGED,
                Optional.of(admin.id()),
                Optional.of(erased.id()),
                Optional.of("192.0.2.2"),
                "roles: MODERATOR");
        audit().record(theyDid);
        audit().record(aboutThem);

        personalData().eraseEverythingAbout(erased.id(), erased.email());

        assertThat(audit().involving(erased.id())).isEmpty();
        assertThat(audit().involving(admin.id()))
                .containsExactly(new AuditEvent(
                        aboutThem.id(),
                        aboutThem.occurredAt(),
                        aboutThem.type(),
                        Optional.of(admin.id()),
                        Optional.empty(),
                        Optional.empty(),
                        "roles: MODERATOR"));
        assertThat(allPages(
                        100,
                        page -> audit().list(
                                        new AuditFilter(Optional.of(AuditEventType.LOGIN_SUCCEEDED), Optional.empty()),
                                        page)))
                .filteredOn(e -> e.id().equals(theyDid.id()))
                .containsExactly(new AuditEvent(
                        theyDid.id(),
                        theyDid.occurredAt(),
                        theyDid.type(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        ""));
    }

    @Test
    void anOrganisationThePersonAloneCoordinatedPassesToItsLongestStandingActiveMember() {
        Organization alone = Communities.organization(organizations(), OrganizationKind.SCHOOL);
        Organization shared = Communities.organization(organizations(), OrganizationKind.SCHOOL);
        Person coordinator = aPerson("Coordinator");
        Person newer = aPerson("Newer");
        Person longest = aPerson("Longest");
        Person invited = aPerson("Invited");
        Person other = aPerson("Other coordinator");
        var active = eu.loopmentoring.domain.organization.MembershipStatus.ACTIVE;
        Communities.member(organizationMemberships(), alone, coordinator, OrganizationRole.COORDINATOR, active, T0);
        Communities.member(
                organizationMemberships(), alone, newer, OrganizationRole.TEACHER, active, T0.plusSeconds(20));
        OrganizationMembership successor = Communities.member(
                organizationMemberships(), alone, longest, OrganizationRole.TEACHER, active, T0.plusSeconds(10));
        Communities.member(
                organizationMemberships(),
                alone,
                invited,
                OrganizationRole.TEACHER,
                eu.loopmentoring.domain.organization.MembershipStatus.INVITED,
                T0.minusSeconds(10));
        Communities.member(organizationMemberships(), shared, coordinator, OrganizationRole.COORDINATOR, active, T0);
        Communities.member(organizationMemberships(), shared, other, OrganizationRole.COORDINATOR, active, T0);
        OrganizationMembership notPromoted = Communities.member(
                organizationMemberships(), shared, longest, OrganizationRole.TEACHER, active, T0.minusSeconds(10));

        personalData().eraseEverythingAbout(coordinator.id(), coordinator.email());

        OrganizationMembership promoted =
                organizationMemberships().findFor(alone.id(), longest.id()).orElseThrow();
        assertThat(promoted.role()).isEqualTo(OrganizationRole.COORDINATOR);
        assertThat(promoted.version()).as("an ETag changes").isGreaterThan(successor.version());
        assertThat(organizationMemberships()
                        .findFor(alone.id(), newer.id())
                        .orElseThrow()
                        .role())
                .isEqualTo(OrganizationRole.TEACHER);
        assertThat(organizationMemberships().findFor(shared.id(), longest.id())).contains(notPromoted);
    }

    @Test
    void aCoalitionThePersonAloneCoordinatedPassesToItsLongestStandingActiveMember() {
        Coalition coalition = Communities.coalition(coalitions());
        Person coordinator = aPerson("Coordinator");
        Person newer = aPerson("Newer");
        Person longest = aPerson("Longest");
        Person asking = aPerson("Asking");
        Communities.member(
                coalitionMemberships(), coalition, coordinator, CoalitionRole.COORDINATOR, MembershipStatus.ACTIVE, T0);
        Communities.member(
                coalitionMemberships(),
                coalition,
                newer,
                CoalitionRole.MEMBER,
                MembershipStatus.ACTIVE,
                T0.plusSeconds(20));
        CoalitionMembership successor = Communities.member(
                coalitionMemberships(),
                coalition,
                longest,
                CoalitionRole.MEMBER,
                MembershipStatus.ACTIVE,
                T0.plusSeconds(10));
        Communities.member(
                coalitionMemberships(),
                coalition,
                asking,
                CoalitionRole.MEMBER,
                MembershipStatus.REQUESTED,
                T0.minusSeconds(10));

        personalData().eraseEverythingAbout(coordinator.id(), coordinator.email());

        CoalitionMembership promoted =
                coalitionMemberships().find(coalition.id(), longest.id()).orElseThrow();
        assertThat(promoted.role()).isEqualTo(CoalitionRole.COORDINATOR);
        assertThat(promoted.version()).isGreaterThan(successor.version());
        assertThat(coalitionMemberships()
                        .find(coalition.id(), newer.id())
                        .orElseThrow()
                        .role())
                .isEqualTo(CoalitionRole.MEMBER);
        assertThat(coalitionMemberships()
                        .find(coalition.id(), asking.id())
                        .orElseThrow()
                        .role())
                .isEqualTo(CoalitionRole.MEMBER);
    }
}
