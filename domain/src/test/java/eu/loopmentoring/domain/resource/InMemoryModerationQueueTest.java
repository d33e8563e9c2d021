package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.contracts.ModerationQueueContract;
import eu.loopmentoring.domain.fakes.InMemoryLearningResources;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryResourceReports;
import eu.loopmentoring.domain.identity.People;

class InMemoryModerationQueueTest extends ModerationQueueContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryLearningResources resources = new InMemoryLearningResources();
    private final InMemoryResourceReports reports = new InMemoryResourceReports();

    InMemoryModerationQueueTest() {
        reports.resources = resources;
    }

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected LearningResources resources() {
        return resources;
    }

    @Override
    protected ResourceReports reports() {
        return reports;
    }

    @Override
    protected ModerationQueue queue() {
        return reports;
    }
}
