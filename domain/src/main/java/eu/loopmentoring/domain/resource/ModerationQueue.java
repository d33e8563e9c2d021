package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;

/** Submitted resources and open reports together, oldest first, then by id. */
public interface ModerationQueue {

    Page<ModerationItem.Entry> entries(PageRequest page);
}
