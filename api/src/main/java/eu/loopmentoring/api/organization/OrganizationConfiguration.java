package eu.loopmentoring.api.organization;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.organization.OrganizationDirectory;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.Organizations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the organisation capability's domain service to its adapters. */
@ApplicationScoped
public class OrganizationConfiguration {

    @Produces
    @ApplicationScoped
    OrganizationDirectory organizationDirectory(
            Organizations organizations, OrganizationMemberships memberships, People people, Clock clock) {
        return new OrganizationDirectory(organizations, memberships, people, clock);
    }
}
