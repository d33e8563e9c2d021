package eu.loopmentoring.persistence.learningpath;

import eu.loopmentoring.domain.contracts.EnrollmentsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.learningpath.Enrollments;
import eu.loopmentoring.domain.learningpath.LearningPaths;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class EnrollmentRepositoryTest extends EnrollmentsContract {

    @Inject
    PersonRepository people;

    @Inject
    LearningPathRepository paths;

    @Inject
    EnrollmentRepository enrollments;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected LearningPaths paths() {
        return InTransactions.each(LearningPaths.class, paths);
    }

    @Override
    protected Enrollments enrollments() {
        return InTransactions.each(Enrollments.class, enrollments);
    }
}
