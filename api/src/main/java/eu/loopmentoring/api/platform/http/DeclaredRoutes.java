package eu.loopmentoring.api.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The routes the served contract declares, read from the document itself: the source of truth
 * for the {@code Allow} header of a 405.
 */
@Singleton
public class DeclaredRoutes {

    static final String DOCUMENT = "META-INF/openapi.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    private record Route(Pattern path, Set<String> methods) {}

    private final List<Route> routes;

    DeclaredRoutes() {
        this.routes = load();
    }

    /** The methods declared for {@code path}, with HEAD beside GET; empty for an unknown path. */
    public Set<String> allowed(String path) {
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                allowed.addAll(route.methods());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return allowed;
    }

    private static List<Route> load() {
        try (InputStream in = DeclaredRoutes.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the application");
            }
            JsonNode paths = new YAMLMapper().readTree(in).path("paths");
            List<Route> routes = new ArrayList<>();
            for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
                String template = names.next();
                Set<String> methods = new LinkedHashSet<>();
                paths.get(template).fieldNames().forEachRemaining(name -> {
                    if (METHODS.contains(name)) {
                        methods.add(name.toUpperCase(Locale.ROOT));
                    }
                });
                routes.add(new Route(pattern(template), methods));
            }
            return List.copyOf(routes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
