package eu.loopmentoring.api.identity;

import eu.loopmentoring.domain.identity.Accounts;
import eu.loopmentoring.domain.identity.Email;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Creates the first administrator at start from LOOP_ADMIN_EMAIL and LOOP_ADMIN_PASSWORD, when set. */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final Optional<String> email;
    private final Optional<String> password;

    FirstAdministrator(
            Accounts accounts,
            @ConfigProperty(name = "loop.admin.email") Optional<String> email,
            @ConfigProperty(name = "loop.admin.password") Optional<String> password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        accounts.ensureFirstAdministrator(new Email(email.get()), password.get())
                .ifPresent(admin -> LOG.infof("Created the first administrator, %s", admin.email()));
    }
}
