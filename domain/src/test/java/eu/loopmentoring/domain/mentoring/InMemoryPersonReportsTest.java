package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.PersonReportsContract;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryPersonReports;
import eu.loopmentoring.domain.identity.People;

class InMemoryPersonReportsTest extends PersonReportsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryPersonReports reports = new InMemoryPersonReports();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected PersonReports reports() {
        return reports;
    }
}
