package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.ExternalIdentities;
import eu.loopmentoring.domain.identity.ExternalIdentity;
import eu.loopmentoring.domain.identity.Person;
import org.junit.jupiter.api.Test;

/** What any {@link ExternalIdentities} must do. */
public abstract class ExternalIdentitiesContract extends PortContract {

    protected abstract ExternalIdentities identities();

    @Test
    void aLinkedSubjectFindsItsPersonAtThatIssuerOnly() {
        Person person = aPerson("Kai");
        String subject = unique("kc-");

        identities().link("https://a.example/realms/loop", subject, person.id());

        assertThat(identities().personFor("https://a.example/realms/loop", subject))
                .contains(person.id());
        assertThat(identities().personFor("https://b.example/realms/loop", subject))
                .isEmpty();
        assertThat(identities().personFor("https://a.example/realms/loop", unique("kc-")))
                .isEmpty();
    }

    @Test
    void theFirstLinkOfASubjectWins() {
        Person first = aPerson("First");
        Person second = aPerson("Second");
        String subject = unique("kc-");

        identities().link("https://a.example", subject, first.id());
        identities().link("https://a.example", subject, second.id());

        assertThat(identities().personFor("https://a.example", subject)).contains(first.id());
        assertThat(identities().linkedTo(second.id())).isEmpty();
    }

    @Test
    void thePersonsLinksAreListedByIssuerThenSubject() {
        Person person = aPerson("Many");
        String issuer = unique("https://idp-") + ".example/";
        identities().link(issuer + "b", "s-1", person.id());
        identities().link(issuer + "a", "s-2", person.id());
        identities().link(issuer + "a", "s-1", person.id());
        identities().link(issuer + "a", unique("s-"), aPerson("Other").id());

        assertThat(identities().linkedTo(person.id()))
                .containsExactly(
                        new ExternalIdentity(issuer + "a", "s-1"),
                        new ExternalIdentity(issuer + "a", "s-2"),
                        new ExternalIdentity(issuer + "b", "s-1"));
    }
}
