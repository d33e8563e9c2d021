package eu.loopmentoring.api.partner;

import eu.loopmentoring.api.platform.security.AccessTokens;
import eu.loopmentoring.api.platform.security.SubjectResolver;
import eu.loopmentoring.api.platform.security.VerifiedToken;
import eu.loopmentoring.domain.partner.ApiClientRegistry;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** API clients behind access tokens: disabled ones stop at once, withdrawn scopes too. */
@ApplicationScoped
public class ClientSubjects implements SubjectResolver {

    private final ApiClientRegistry registry;

    ClientSubjects(ApiClientRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String kind() {
        return AccessTokens.API_CLIENT;
    }

    @Override
    public Optional<Subject> resolve(VerifiedToken token) {
        Set<Scope> granted = token.scopes().stream()
                .map(Scope::parse)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return token.subjectId().flatMap(id -> registry.subject(id, granted)).map(Subject.class::cast);
    }
}
