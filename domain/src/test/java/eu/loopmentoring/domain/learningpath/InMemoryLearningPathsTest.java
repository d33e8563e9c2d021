package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.LearningPathsContract;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryLearningPaths;
import eu.loopmentoring.domain.fakes.InMemoryOrganizationMemberships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.Organizations;

class InMemoryLearningPathsTest extends LearningPathsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryCoalitionMemberships coalitionMemberships = new InMemoryCoalitionMemberships();
    private final InMemoryCoalitions coalitions = new InMemoryCoalitions(coalitionMemberships);
    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final InMemoryOrganizationMemberships organizationMemberships =
            new InMemoryOrganizationMemberships(people, organizations);
    private final InMemoryLearningPaths paths =
            new InMemoryLearningPaths(new PathAccess(coalitionMemberships, organizationMemberships));

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected LearningPaths paths() {
        return paths;
    }

    @Override
    protected Coalitions coalitions() {
        return coalitions;
    }

    @Override
    protected CoalitionMemberships coalitionMemberships() {
        return coalitionMemberships;
    }

    @Override
    protected Organizations organizations() {
        return organizations;
    }

    @Override
    protected OrganizationMemberships organizationMemberships() {
        return organizationMemberships;
    }
}
