package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.Moderators;
import eu.loopmentoring.domain.shared.PlatformRole;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The moderators and administrators among {@code people}, by id. */
public record InMemoryModerators(InMemoryPeople people) implements Moderators {

    @Override
    public List<UUID> ids() {
        return people.byId.values().stream()
                .filter(p -> p.platformRoles().contains(PlatformRole.MODERATOR)
                        || p.platformRoles().contains(PlatformRole.ADMINISTRATOR))
                .map(Person::id)
                .sorted(Comparator.comparing(UUID::toString))
                .toList();
    }
}
