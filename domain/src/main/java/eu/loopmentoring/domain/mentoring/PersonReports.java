package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every report about a person. */
public interface PersonReports {

    void add(PersonReport report);

    Optional<PersonReport> find(UUID id);

    /** Stores a resolved report if its version is still {@code report.version()}; empty otherwise. */
    Optional<PersonReport> update(PersonReport report);

    /** Open reports (or resolved ones when {@code open} is false), oldest first. */
    Page<PersonReport> list(boolean open, PageRequest page);

    /** The reports the person filed, newest first. */
    List<PersonReport> filedBy(UUID reporter);
}
