package eu.loopmentoring.domain.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which person an external issuer's subject is: linked once, by a verified email. */
public interface ExternalIdentities {

    Optional<UUID> personFor(String issuer, String subject);

    /** Links the subject to the person; a link made concurrently for the same subject wins. */
    void link(String issuer, String subject, UUID personId);

    /** The external accounts linked to the person, by issuer. */
    List<ExternalIdentity> linkedTo(UUID personId);
}
