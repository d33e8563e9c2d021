package eu.loopmentoring.domain.contracts;

import static eu.loopmentoring.domain.organization.MembershipStatus.ACTIVE;
import static eu.loopmentoring.domain.organization.MembershipStatus.INVITED;
import static eu.loopmentoring.domain.organization.MembershipStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.organization.PersonSchools;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What any {@link PersonSchools} must do: read people's schools from the memberships kept elsewhere. */
public abstract class PersonSchoolsContract extends PortContract {

    protected abstract Organizations organizations();

    protected abstract OrganizationMemberships memberships();

    protected abstract PersonSchools schools();

    private Organization a(OrganizationKind kind) {
        return Communities.organization(organizations(), kind);
    }

    private void member(
            Organization organization,
            Person person,
            eu.loopmentoring.domain.organization.MembershipStatus status,
            int minutesAfterT0) {
        Communities.member(
                memberships(),
                organization,
                person,
                OrganizationRole.TEACHER,
                status,
                T0.plusSeconds(60L * minutesAfterT0));
    }

    @Test
    void aPersonsSchoolIsTheSchoolTheyHaveBeenAnActiveMemberOfTheLongest() {
        Person teacher = aPerson("Teacher");
        Organization newer = a(OrganizationKind.SCHOOL);
        Organization older = a(OrganizationKind.SCHOOL);
        Organization university = a(OrganizationKind.UNIVERSITY);
        Organization invitedTo = a(OrganizationKind.SCHOOL);
        member(newer, teacher, ACTIVE, 10);
        member(older, teacher, ACTIVE, 5);
        member(university, teacher, ACTIVE, 0);
        member(invitedTo, teacher, INVITED, 0);

        assertThat(schools().of(List.of(teacher.id()))).containsExactly(Map.entry(teacher.id(), older.id()));
    }

    @Test
    void ofTwoSchoolsJoinedAtTheSameTimeTheSmallestIdWins() {
        Person teacher = aPerson("Teacher");
        List<Organization> both = Stream.of(a(OrganizationKind.SCHOOL), a(OrganizationKind.SCHOOL))
                .sorted(Comparator.comparing(o -> o.id().toString()))
                .toList();
        member(both.get(1), teacher, ACTIVE, 0);
        member(both.get(0), teacher, ACTIVE, 0);

        assertThat(schools().of(List.of(teacher.id())))
                .containsExactly(Map.entry(teacher.id(), both.get(0).id()));
    }

    @Test
    void peopleInNoSchoolAreAbsentAndManyAreReadAtOnce() {
        Organization school = a(OrganizationKind.SCHOOL);
        Person one = aPerson("One");
        Person two = aPerson("Two");
        Person requested = aPerson("Requested");
        Person trainer = aPerson("Trainer");
        Person nowhere = aPerson("Nowhere");
        member(school, one, ACTIVE, 0);
        member(school, two, ACTIVE, 1);
        member(school, requested, REQUESTED, 0);
        member(a(OrganizationKind.TRAINING_CENTRE), trainer, ACTIVE, 0);

        assertThat(schools().of(List.of(one.id(), two.id(), requested.id(), trainer.id(), nowhere.id())))
                .containsOnly(Map.entry(one.id(), school.id()), Map.entry(two.id(), school.id()));
        assertThat(schools().of(List.of())).isEmpty();
    }
}
