package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.contracts.ResourceImportJobsContract;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryResourceImportJobs;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.Scope;
import java.util.Set;
import java.util.UUID;

class InMemoryResourceImportJobsTest extends ResourceImportJobsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryResourceImportJobs jobs = new InMemoryResourceImportJobs();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected ResourceImportJobs jobs() {
        return jobs;
    }

    @Override
    protected ClientSubject aPartner() {
        return new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.RESOURCES_WRITE));
    }
}
