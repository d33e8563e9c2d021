package eu.loopmentoring.domain.privacy;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.PersonalDataContract;
import eu.loopmentoring.domain.fakes.InMemoryAudit;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryConsents;
import eu.loopmentoring.domain.fakes.InMemoryExternalIdentities;
import eu.loopmentoring.domain.fakes.InMemoryOrganizationMemberships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryPersonalData;
import eu.loopmentoring.domain.fakes.InMemoryProfiles;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.identity.ExternalIdentities;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.profile.Consents;
import eu.loopmentoring.domain.profile.Profiles;

class InMemoryPersonalDataTest extends PersonalDataContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final InMemoryConsents consents = new InMemoryConsents();
    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final InMemoryExternalIdentities identities = new InMemoryExternalIdentities();
    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final InMemoryOrganizationMemberships organizationMemberships =
            new InMemoryOrganizationMemberships(people, organizations);
    private final InMemoryCoalitionMemberships coalitionMemberships = new InMemoryCoalitionMemberships();
    private final InMemoryCoalitions coalitions = new InMemoryCoalitions(coalitionMemberships);
    private final InMemoryPersonalData personalData = new InMemoryPersonalData(
            people,
            audit,
            organizationMemberships,
            coalitionMemberships,
            consents::forget,
            profiles::forget,
            identities::forget);

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected AuditLog audit() {
        return audit;
    }

    @Override
    protected Consents consents() {
        return consents;
    }

    @Override
    protected Profiles profiles() {
        return profiles;
    }

    @Override
    protected ExternalIdentities identities() {
        return identities;
    }

    @Override
    protected Organizations organizations() {
        return organizations;
    }

    @Override
    protected OrganizationMemberships organizationMemberships() {
        return organizationMemberships;
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
    protected PersonalData personalData() {
        return personalData;
    }
}
