package eu.loopmentoring.api.coalition;

import eu.loopmentoring.domain.coalition.CoalitionCommunity;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.identity.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the coalitions capability's domain service to its adapters. */
@ApplicationScoped
public class CoalitionConfiguration {

    @Produces
    @ApplicationScoped
    CoalitionCommunity coalitionCommunity(
            Coalitions coalitions, CoalitionMemberships memberships, People people, Clock clock) {
        return new CoalitionCommunity(coalitions, memberships, people, clock);
    }
}
