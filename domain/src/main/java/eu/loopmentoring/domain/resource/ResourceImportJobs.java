package eu.loopmentoring.domain.resource;

import java.util.Optional;
import java.util.UUID;

/** Bulk import jobs, taken by workers one at a time across the cluster. */
public interface ResourceImportJobs {

    void add(ResourceImportJob job);

    Optional<ResourceImportJob> find(UUID id);

    /**
     * The oldest job not done, held by the caller's unit of work so that no other worker (on any
     * node) takes it meanwhile; empty when none is free.
     */
    Optional<ResourceImportJob> claimNext();

    /** Stores the job's status, results and finishing time. */
    void save(ResourceImportJob job);
}
