package eu.loopmentoring.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** Notifications: the recipient's alone, marked read once. */
class InboxTest {

    private final InMemoryMentoring world = new InMemoryMentoring();
    private final Person joao = world.people.register("João Silva");
    private final Person ana = world.people.register("Ana Costa");

    private MentorOffer offerOf(Person mentor, int capacity) {
        return world.offerOf(mentor, capacity);
    }

    private MentoringProposal proposedBy(Person mentee, MentorOffer offer) {
        return world.proposedBy(mentee, offer);
    }

    @Test
    void are_the_recipient_s_alone_and_marked_read_once() {
        MentorOffer offer = offerOf(joao, 1);
        proposedBy(ana, offer);
        Notification received = world.notifications.allOf(joao.id()).getFirst();

        assertThatThrownBy(() -> world.inbox.markRead(ana.asSubject(), received.id()))
                .isInstanceOf(ObjectNotFoundException.class);
        Notification read = world.inbox.markRead(joao.asSubject(), received.id());
        assertThat(read.readAt()).isPresent();
        assertThat(world.inbox.markRead(joao.asSubject(), received.id()).readAt())
                .isEqualTo(read.readAt());
        assertThat(world.inbox
                        .notifications(joao.asSubject(), true, PageRequest.first(20))
                        .items())
                .isEmpty();
    }
}
