package eu.loopmentoring.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryMentoringGoals;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.VersionRequiredException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A change names the version it is based on, and that is checked only once the caller may make it:
 * someone who cannot see the object learns that it is not there, with or without a version.
 */
class VersionCheckOrderTest {

    private static final GoalChanges PROGRESS =
            new GoalChanges(Optional.empty(), Optional.empty(), Optional.of(40), Optional.empty());

    private final InMemoryMentoring world = new InMemoryMentoring();
    private final InMemoryMentoringGoals goals = new InMemoryMentoringGoals();
    private final GoalWork goalWork = new GoalWork(goals, world.notifications, world.access, world.clock);
    private final Person joao = world.people.register("João Silva");
    private final Person ana = world.people.register("Ana Costa");
    private final Person stranger = world.people.register("Sofía García");

    private UUID relationship() {
        MentorOffer offer = world.offerOf(joao, 1);
        return world.proposing
                .answer(joao.asSubject(), world.proposedBy(ana, offer).id(), true, Optional.empty())
                .relationshipId()
                .orElseThrow();
    }

    @Test
    void a_stranger_is_told_a_goal_is_not_there_before_any_version_is_asked_for() {
        UUID relationship = relationship();
        MentoringGoal added =
                goalWork.addGoal(ana.asSubject(), relationship, "Calm first five minutes", Optional.empty());
        UUID goal = added.id();

        assertThatThrownBy(() ->
                        goalWork.changeGoal(stranger.asSubject(), relationship, goal, ExpectedVersion.none(), PROGRESS))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> goalWork.deleteGoal(stranger.asSubject(), relationship, goal, ExpectedVersion.none()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() ->
                        goalWork.deleteGoal(joao.asSubject(), relationship, UUID.randomUUID(), ExpectedVersion.none()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() ->
                        goalWork.changeGoal(joao.asSubject(), relationship, goal, ExpectedVersion.none(), PROGRESS))
                .isInstanceOf(VersionRequiredException.class);
        assertThatThrownBy(() -> goalWork.deleteGoal(joao.asSubject(), relationship, goal, ExpectedVersion.of(7)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(goals.byId).containsEntry(goal, added);
    }

    @Test
    void an_offer_is_checked_for_who_may_change_it_before_its_version() {
        MentorOffer offer = world.offerOf(joao, 1);
        OfferChanges pause = OfferChanges.status(OfferStatus.PAUSED);

        assertThatThrownBy(() -> world.offering.changeOffer(ana.asSubject(), offer.id(), ExpectedVersion.none(), pause))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> world.offering.changeOffer(joao.asSubject(), offer.id(), ExpectedVersion.none(), pause))
                .isInstanceOf(VersionRequiredException.class);
        world.offering.changeOffer(joao.asSubject(), offer.id(), ExpectedVersion.of(offer.version()), pause);

        assertThatThrownBy(() -> world.offering.changeOffer(ana.asSubject(), offer.id(), ExpectedVersion.none(), pause))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> world.offering.changeOffer(joao.asSubject(), offer.id(), ExpectedVersion.of(0), pause))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void a_stranger_removes_nobody_and_is_not_asked_for_a_version() {
        UUID relationship = relationship();

        assertThatThrownBy(() -> world.lifecycle.removeParticipant(
                        stranger.asSubject(), relationship, ana.id(), ExpectedVersion.none()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> world.lifecycle.removeParticipant(
                        ana.asSubject(), relationship, ana.id(), ExpectedVersion.none()))
                .isInstanceOf(VersionRequiredException.class);
    }
}
