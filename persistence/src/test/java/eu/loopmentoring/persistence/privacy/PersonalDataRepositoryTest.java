package eu.loopmentoring.persistence.privacy;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.PersonalDataContract;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.identity.ExternalIdentities;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.privacy.PersonalData;
import eu.loopmentoring.domain.profile.Consents;
import eu.loopmentoring.domain.profile.Profiles;
import eu.loopmentoring.persistence.coalition.CoalitionMembershipRepository;
import eu.loopmentoring.persistence.coalition.CoalitionRepository;
import eu.loopmentoring.persistence.identity.AuditEventRepository;
import eu.loopmentoring.persistence.identity.ExternalIdentityRepository;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.organization.OrganizationMembershipRepository;
import eu.loopmentoring.persistence.organization.OrganizationRepository;
import eu.loopmentoring.persistence.profile.ConsentRepository;
import eu.loopmentoring.persistence.profile.ProfileRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PersonalDataRepositoryTest extends PersonalDataContract {

    @Inject
    PersonRepository people;

    @Inject
    AuditEventRepository audit;

    @Inject
    ConsentRepository consents;

    @Inject
    ProfileRepository profiles;

    @Inject
    ExternalIdentityRepository identities;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationMembershipRepository organizationMemberships;

    @Inject
    CoalitionRepository coalitions;

    @Inject
    CoalitionMembershipRepository coalitionMemberships;

    @Inject
    PersonalDataRepository personalData;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected AuditLog audit() {
        return InTransactions.each(AuditLog.class, audit);
    }

    @Override
    protected Consents consents() {
        return InTransactions.each(Consents.class, consents);
    }

    @Override
    protected Profiles profiles() {
        return InTransactions.each(Profiles.class, profiles);
    }

    @Override
    protected ExternalIdentities identities() {
        return InTransactions.each(ExternalIdentities.class, identities);
    }

    @Override
    protected Organizations organizations() {
        return InTransactions.each(Organizations.class, organizations);
    }

    @Override
    protected OrganizationMemberships organizationMemberships() {
        return InTransactions.each(OrganizationMemberships.class, organizationMemberships);
    }

    @Override
    protected Coalitions coalitions() {
        return InTransactions.each(Coalitions.class, coalitions);
    }

    @Override
    protected CoalitionMemberships coalitionMemberships() {
        return InTransactions.each(CoalitionMemberships.class, coalitionMemberships);
    }

    @Override
    protected PersonalData personalData() {
        return InTransactions.each(PersonalData.class, personalData);
    }
}
