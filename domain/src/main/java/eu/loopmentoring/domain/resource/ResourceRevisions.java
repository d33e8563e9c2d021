package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.UUID;

/** The history of every resource: one revision per change, never changed afterwards. */
public interface ResourceRevisions {

    void add(ResourceRevision revision);

    /** Newest first. */
    Page<ResourceRevision> list(UUID resourceId, PageRequest page);
}
