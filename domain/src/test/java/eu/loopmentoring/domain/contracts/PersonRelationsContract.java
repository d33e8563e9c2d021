package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.Participant;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.mentoring.Side;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.profile.PersonRelations;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link PersonRelations} must do: read the relations from where they are kept. */
public abstract class PersonRelationsContract extends PortContract {

    protected abstract Coalitions coalitions();

    protected abstract CoalitionMemberships coalitionMemberships();

    protected abstract Organizations organizations();

    protected abstract OrganizationMemberships organizationMemberships();

    protected abstract MentoringRelationships relationships();

    protected abstract PersonRelations relations();

    private static Participant joined(Person person, Side side) {
        return Participant.joined(person.id(), Optional.of(person.displayName()), side, Optional.empty(), T0);
    }

    private MentoringRelationship relationship(
            RelationshipStatus status, MentoringFormat format, List<Participant> participants) {
        boolean running = status == RelationshipStatus.ACTIVE || status == RelationshipStatus.PAUSED;
        MentoringRelationship relationship = new MentoringRelationship(
                UUID.randomUUID(),
                participants,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                format,
                status,
                T0,
                running ? Optional.empty() : Optional.of(T0.plusSeconds(3600)),
                status == RelationshipStatus.ENDED_EARLY ? Optional.of("Moved away") : Optional.empty(),
                0);
        relationships().add(relationship);
        return relationship;
    }

    @Test
    void mentoringPartnersAreTheMembersOfOneRunningRelationship() {
        Person mentor = aPerson("Mentor");
        Person mentee = aPerson("Mentee");
        Person paused = aPerson("Paused");
        relationship(
                RelationshipStatus.ACTIVE,
                MentoringFormat.ONE_TO_ONE,
                List.of(joined(mentor, Side.MENTOR), joined(mentee, Side.MENTEE)));
        relationship(
                RelationshipStatus.PAUSED,
                MentoringFormat.ONE_TO_ONE,
                List.of(joined(mentor, Side.MENTOR), joined(paused, Side.MENTEE)));

        assertThat(relations().mentoringPartners(mentor.id(), mentee.id())).isTrue();
        assertThat(relations().mentoringPartners(mentee.id(), mentor.id())).isTrue();
        assertThat(relations().mentoringPartners(paused.id(), mentor.id())).isTrue();
        assertThat(relations().mentoringPartners(mentee.id(), paused.id()))
                .as("each with the mentor, not with each other")
                .isFalse();
    }

    @Test
    void anInvitedPeerOrOneWhoLeftIsNoPartnerNorIsAFormerPartner() {
        Person creator = aPerson("Creator");
        Person peer = aPerson("Peer");
        Person invited = aPerson("Invited");
        Person left = aPerson("Left");
        Person former = aPerson("Former");
        Participant gone = joined(left, Side.PEER);
        relationship(
                RelationshipStatus.ACTIVE,
                MentoringFormat.PEER,
                List.of(
                        joined(creator, Side.PEER),
                        joined(peer, Side.PEER),
                        Participant.invited(invited.id(), Optional.of("Invited"), T0),
                        new Participant(
                                gone.personId(),
                                gone.name(),
                                Side.PEER,
                                T0,
                                gone.joinedAt(),
                                Optional.of(T0.plusSeconds(60)),
                                Optional.empty())));
        relationship(
                RelationshipStatus.COMPLETED,
                MentoringFormat.ONE_TO_ONE,
                List.of(joined(creator, Side.MENTOR), joined(former, Side.MENTEE)));

        assertThat(relations().mentoringPartners(creator.id(), peer.id())).isTrue();
        assertThat(relations().mentoringPartners(creator.id(), invited.id())).isFalse();
        assertThat(relations().mentoringPartners(invited.id(), creator.id())).isFalse();
        assertThat(relations().mentoringPartners(creator.id(), left.id())).isFalse();
        assertThat(relations().mentoringPartners(creator.id(), former.id())).isFalse();
        assertThat(relations().mentoringPartners(creator.id(), UUID.randomUUID()))
                .isFalse();
    }

    @Test
    void twoPeopleShareACoalitionWhenBothAreActiveMembersOfIt() {
        Coalition coalition = Communities.coalition(coalitions());
        Coalition elsewhere = Communities.coalition(coalitions());
        Person ana = aPerson("Ana");
        Person joao = aPerson("Joao");
        Person asking = aPerson("Asking");
        Person apart = aPerson("Apart");
        Communities.member(
                coalitionMemberships(), coalition, ana, CoalitionRole.COORDINATOR, MembershipStatus.ACTIVE, T0);
        Communities.member(coalitionMemberships(), coalition, joao, CoalitionRole.MEMBER, MembershipStatus.ACTIVE, T0);
        Communities.member(
                coalitionMemberships(), coalition, asking, CoalitionRole.MEMBER, MembershipStatus.REQUESTED, T0);
        Communities.member(coalitionMemberships(), elsewhere, apart, CoalitionRole.MEMBER, MembershipStatus.ACTIVE, T0);

        assertThat(relations().shareActiveCoalition(ana.id(), joao.id())).isTrue();
        assertThat(relations().shareActiveCoalition(joao.id(), ana.id())).isTrue();
        assertThat(relations().shareActiveCoalition(ana.id(), asking.id())).isFalse();
        assertThat(relations().shareActiveCoalition(asking.id(), ana.id())).isFalse();
        assertThat(relations().shareActiveCoalition(ana.id(), apart.id())).isFalse();
    }

    @Test
    void aPersonBelongsToAnOrganisationOnceTheirMembershipIsActive() {
        Organization school = Communities.organization(organizations(), OrganizationKind.SCHOOL);
        Organization other = Communities.organization(organizations(), OrganizationKind.SCHOOL);
        Person teacher = aPerson("Teacher");
        Person invited = aPerson("Invited");
        Communities.member(
                organizationMemberships(),
                school,
                teacher,
                OrganizationRole.TEACHER,
                eu.loopmentoring.domain.organization.MembershipStatus.ACTIVE,
                T0);
        Communities.member(
                organizationMemberships(),
                school,
                invited,
                OrganizationRole.TEACHER,
                eu.loopmentoring.domain.organization.MembershipStatus.INVITED,
                T0);

        assertThat(relations().activeMemberOf(school.id(), teacher.id())).isTrue();
        assertThat(relations().activeMemberOf(school.id(), invited.id())).isFalse();
        assertThat(relations().activeMemberOf(other.id(), teacher.id())).isFalse();
    }
}
