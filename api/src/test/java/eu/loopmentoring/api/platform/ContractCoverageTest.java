package eu.loopmentoring.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import eu.loopmentoring.api.platform.http.Annotated;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.Lanes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** No endpoint exists that the contract does not declare, and every declared one exists. */
@Tag(Lanes.DATABASE_INDEPENDENT)
class ContractCoverageTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "patch", "delete");

    @Test
    void every_implemented_endpoint_is_declared_and_every_declared_one_implemented() throws IOException {
        assertThat(implemented()).isEqualTo(declared());
    }

    private static Set<String> declared() throws IOException {
        Set<String> operations = new TreeSet<>();
        JsonNode paths = Api.committedDocument().path("paths");
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            paths.get(path).fieldNames().forEachRemaining(method -> {
                if (HTTP_METHODS.contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            });
        }
        return operations;
    }

    /** Every JAX-RS operation of the application, wherever its annotations were written. */
    private static Set<String> implemented() {
        Set<String> operations = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().importPath(java.nio.file.Path.of("target/classes"))) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            String root = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                if (Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Method declaring = Annotated.declaringJaxRs(method);
                for (Annotation annotation : declaring.getAnnotations()) {
                    HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (verb != null) {
                        Path path = declaring.getAnnotation(Path.class);
                        operations.add(verb.value() + " " + join(root, path == null ? "" : path.value()));
                    }
                }
            }
        }
        return operations;
    }

    private static String join(String root, String path) {
        String joined = (root + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
