package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.Moderators;
import eu.loopmentoring.domain.shared.PlatformRole;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link Moderators} must do: everyone's moderators, so each test looks for its own people. */
public abstract class ModeratorsContract extends PortContract {

    protected abstract Moderators moderators();

    private Person withRoles(PlatformRole... roles) {
        UUID id = UUID.randomUUID();
        Person person = new Person(
                id,
                new Email("m-" + id + "@contract.example.org"),
                "hash",
                "Someone",
                "PT",
                "pt",
                Set.of(roles),
                T0,
                0);
        assertThat(people().add(person)).isTrue();
        return person;
    }

    @Test
    void moderatorsAndAdministratorsReadReportsInTheOrderOfTheirIds() {
        Person moderator = withRoles(PlatformRole.MODERATOR);
        Person administrator = withRoles(PlatformRole.ADMINISTRATOR);
        Person both = withRoles(PlatformRole.MODERATOR, PlatformRole.ADMINISTRATOR);
        Person member = withRoles();

        List<UUID> ids = moderators().ids();

        assertThat(ids).contains(moderator.id(), administrator.id(), both.id()).doesNotContain(member.id());
        assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.comparing(UUID::toString));
    }
}
