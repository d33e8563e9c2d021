package eu.loopmentoring.domain.school;

import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Objects;
import java.util.UUID;

/** Browsing the methods toolbox, which is public reference material. */
public class MethodCatalog {

    private final Methods methods;

    public MethodCatalog(Methods methods) {
        this.methods = Objects.requireNonNull(methods, "methods");
    }

    public Page<Method> browse(MethodFilter filter, PageRequest page) {
        return methods.list(filter, page);
    }

    public Method get(UUID id) {
        return methods.find(id).orElseThrow(() -> new ObjectNotFoundException("method", id));
    }
}
