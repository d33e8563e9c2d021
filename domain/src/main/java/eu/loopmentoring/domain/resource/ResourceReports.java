package eu.loopmentoring.domain.resource;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reports about published resources. */
public interface ResourceReports {

    /** Adds a report; false when the reporter already has an open one about the resource (atomic). */
    boolean add(ResourceReport report);

    /** Finds the report and holds it until the unit of work ends. */
    Optional<ResourceReport> findLocked(UUID id);

    Map<UUID, ResourceReport> findAll(Collection<UUID> ids);

    void update(ResourceReport report);

    /** What the person reported, newest first (for their export). */
    List<ResourceReport> by(UUID reporterId);
}
