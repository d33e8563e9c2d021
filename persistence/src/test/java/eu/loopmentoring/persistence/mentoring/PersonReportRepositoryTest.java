package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.contracts.PersonReportsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.PersonReports;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PersonReportRepositoryTest extends PersonReportsContract {

    @Inject
    PersonRepository people;

    @Inject
    PersonReportRepository reports;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected PersonReports reports() {
        return InTransactions.each(PersonReports.class, reports);
    }
}
