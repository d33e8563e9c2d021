package eu.loopmentoring.api.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The operations the served contract declares, read from the document itself: the source of
 * truth for which operations need a token and for the {@code Allow} header of a 405.
 */
@Singleton
public class DeclaredRoutes {

    static final String DOCUMENT = "META-INF/openapi.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    /** What the document declares for one operation. */
    private record Operation(boolean secured, Set<String> queryParameters, List<String> consumes) {}

    private record Route(String template, Pattern pattern, int literalLength, Map<String, Operation> byMethod) {}

    private final List<Route> routes;

    DeclaredRoutes() {
        this.routes = load();
    }

    /** The methods declared for {@code path}, with HEAD beside GET; empty for an unknown path. */
    public Set<String> allowed(String path) {
        Set<String> allowed = new LinkedHashSet<>();
        route(path).ifPresent(route -> allowed.addAll(route.byMethod().keySet()));
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return allowed;
    }

    /** True when the contract declares a security requirement for this operation. */
    public boolean secured(String method, String path) {
        return operation(method, path).map(Operation::secured).orElse(false);
    }

    /** True when the operation declares a query parameter of this name. */
    public boolean queryParameter(String method, String path, String name) {
        return operation(method, path)
                .map(o -> o.queryParameters().contains(name))
                .orElse(false);
    }

    /** The media types the operation's request body may have; empty without a body. */
    public List<String> consumes(String method, String path) {
        return operation(method, path).map(Operation::consumes).orElse(List.of());
    }

    private Optional<Operation> operation(String method, String path) {
        String declared = "HEAD".equalsIgnoreCase(method) ? "GET" : method.toUpperCase(Locale.ROOT);
        return route(path).map(r -> r.byMethod().get(declared));
    }

    /** The most specific declared path that matches: literal segments win over parameters. */
    private Optional<Route> route(String path) {
        return routes.stream()
                .filter(r -> r.pattern().matcher(path).matches())
                .max(Comparator.comparingInt(Route::literalLength));
    }

    private static List<Route> load() {
        try (InputStream in = DeclaredRoutes.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the application");
            }
            JsonNode document = new YAMLMapper().readTree(in);
            boolean securedByDefault = requiresSomething(document.path("security"));
            JsonNode paths = document.path("paths");
            List<Route> routes = new ArrayList<>();
            for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
                String template = names.next();
                JsonNode item = paths.get(template);
                Map<String, Operation> methods = new java.util.LinkedHashMap<>();
                item.fieldNames().forEachRemaining(name -> {
                    if (METHODS.contains(name)) {
                        JsonNode operation = item.get(name);
                        JsonNode security = operation.get("security");
                        Set<String> query = new LinkedHashSet<>();
                        for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
                            for (JsonNode parameter : list) {
                                JsonNode resolved = resolve(document, parameter);
                                if ("query".equals(resolved.path("in").asText())) {
                                    query.add(resolved.path("name").asText());
                                }
                            }
                        }
                        List<String> consumes = new ArrayList<>();
                        resolve(document, operation.path("requestBody"))
                                .path("content")
                                .fieldNames()
                                .forEachRemaining(consumes::add);
                        methods.put(
                                name.toUpperCase(Locale.ROOT),
                                new Operation(
                                        security == null ? securedByDefault : requiresSomething(security),
                                        Set.copyOf(query),
                                        List.copyOf(consumes)));
                    }
                });
                routes.add(new Route(
                        template,
                        pattern(template),
                        template.replaceAll("\\{[^}]*}", "").length(),
                        methods));
            }
            return List.copyOf(routes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node a local {@code $ref} points at, or the node itself. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    /** A security list requires something unless it is empty or allows an empty requirement. */
    private static boolean requiresSomething(JsonNode security) {
        if (!security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Pattern pattern(String template) {
        return Pattern.compile(Pattern.compile("\\{[^}]*}")
                        .splitAsStream(template)
                        .map(Pattern::quote)
                        .collect(Collectors.joining("[^/]+"))
                + (template.endsWith("}") ? "[^/]+" : ""));
    }
}
