package eu.loopmentoring.api.school;

import eu.loopmentoring.domain.school.MethodCatalog;
import eu.loopmentoring.domain.school.Methods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires the whole-school capability's domain services to their adapters. */
@ApplicationScoped
public class SchoolConfiguration {

    @Produces
    @ApplicationScoped
    MethodCatalog methodCatalog(Methods methods) {
        return new MethodCatalog(methods);
    }
}
