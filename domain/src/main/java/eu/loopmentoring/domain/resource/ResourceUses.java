package eu.loopmentoring.domain.resource;

import java.util.List;
import java.util.UUID;

/** Who opened or completed which resource: one record per person, resource and kind. */
public interface ResourceUses {

    /** Records the use unless it was recorded before; returns the use as stored (the first one). */
    ResourceUse record(ResourceUse use);

    /** The person's own uses, newest first (for their export). */
    List<ResourceUse> by(UUID personId);
}
