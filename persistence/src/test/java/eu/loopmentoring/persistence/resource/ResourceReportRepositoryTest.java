package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.contracts.ResourceReportsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.ResourceReports;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ResourceReportRepositoryTest extends ResourceReportsContract {

    @Inject
    PersonRepository people;

    @Inject
    LearningResourceRepository resources;

    @Inject
    ResourceReportRepository reports;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected LearningResources resources() {
        return InTransactions.each(LearningResources.class, resources);
    }

    @Override
    protected ResourceReports reports() {
        return InTransactions.each(ResourceReports.class, reports);
    }
}
