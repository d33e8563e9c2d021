package eu.loopmentoring.domain.mentoring;

import java.util.List;
import java.util.UUID;

/** The people who read reports: platform moderators and administrators. */
public interface Moderators {

    List<UUID> ids();
}
