package eu.loopmentoring.domain.privacy;

import eu.loopmentoring.domain.identity.Email;
import java.util.Set;
import java.util.UUID;

/** Everything the platform stores about people, as one whole: what erasure needs. */
public interface PersonalData {

    /**
     * The people who hold the administrator role now, locked until the transaction ends: two
     * administrators who erase their accounts at the same time cannot leave the platform without one.
     */
    Set<UUID> administratorsLocked();

    /**
     * Deletes the person and everything about them, or makes it anonymous where others need the
     * record (the audit log), in the caller's transaction. What others own (organisations and
     * coalitions the person founded, other people's memberships) stays; an organisation or
     * coalition the person alone coordinated passes to its longest-standing active member.
     */
    void eraseEverythingAbout(UUID personId, Email email);
}
