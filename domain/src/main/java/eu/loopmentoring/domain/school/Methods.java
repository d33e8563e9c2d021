package eu.loopmentoring.domain.school;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** The toolbox's methods, ordered by name then id. */
public interface Methods {

    Optional<Method> find(UUID id);

    Page<Method> list(MethodFilter filter, PageRequest page);
}
