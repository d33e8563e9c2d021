package eu.loopmentoring.api.platform.security;

import eu.loopmentoring.api.platform.http.DeclaredRoutes;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every operation the contract secures needs a valid access token, checked before anything else
 * about the request (so an unauthenticated caller learns nothing from validation errors). Which
 * operations are secured is read from the served document itself: the two cannot disagree.
 */
public class AuthenticationGate {

    private final DeclaredRoutes routes;
    private final CurrentIdentityAssociation identities;

    AuthenticationGate(DeclaredRoutes routes, CurrentIdentityAssociation identities) {
        this.routes = routes;
        this.identities = identities;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticate(ContainerRequestContext request) {
        if (!routes.secured(request.getMethod(), request.getUriInfo().getPath())) {
            return Uni.createFrom().voidItem();
        }
        boolean presented = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        return identities
                .getDeferredIdentity()
                .invoke(identity -> {
                    if (identity.isAnonymous()) {
                        throw new NotAuthenticatedException(
                                presented
                                        ? "Send the access token as: Authorization: Bearer <token>."
                                        : "This operation needs an access token: log in first.",
                                presented);
                    }
                })
                .replaceWithVoid();
    }
}
