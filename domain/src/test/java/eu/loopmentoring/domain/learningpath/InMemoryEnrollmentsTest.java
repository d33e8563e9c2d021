package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.contracts.EnrollmentsContract;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryEnrollments;
import eu.loopmentoring.domain.fakes.InMemoryLearningPaths;
import eu.loopmentoring.domain.fakes.InMemoryOrganizationMemberships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryEnrollmentsTest extends EnrollmentsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryLearningPaths paths = new InMemoryLearningPaths(new PathAccess(
            new InMemoryCoalitionMemberships(),
            new InMemoryOrganizationMemberships(people, new InMemoryOrganizations())));
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected LearningPaths paths() {
        return paths;
    }

    @Override
    protected Enrollments enrollments() {
        return enrollments;
    }
}
