package eu.loopmentoring.api.learningpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.loopmentoring.api.platform.demo.DemoPeople;
import eu.loopmentoring.domain.coalition.CoalitionCommunity;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.Evidence;
import eu.loopmentoring.domain.learningpath.Learning;
import eu.loopmentoring.domain.learningpath.LearningPath;
import eu.loopmentoring.domain.learningpath.LearningPathCatalog;
import eu.loopmentoring.domain.learningpath.PathProgrammes;
import eu.loopmentoring.domain.learningpath.StepChange;
import eu.loopmentoring.domain.learningpath.StepStatus;
import eu.loopmentoring.domain.organization.OrganizationDirectory;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ResourceBank;
import eu.loopmentoring.domain.resource.ResourceQuery;
import eu.loopmentoring.domain.school.Method;
import eu.loopmentoring.domain.school.MethodCatalog;
import eu.loopmentoring.domain.school.MethodFilter;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.model.LearningPathContentDto;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The demo learning paths, {@code demo/learning-paths.json}: each path's content as the create
 * request has it, with steps naming their resource by title and their method by name, its author
 * and owning community by name, and the demo people enrolled in it with the steps they have done.
 * Everything goes through the domain services as the people's requests would. After the demo
 * resources (observer priority), once: skipped when the first author already has a path.
 */
@ApplicationScoped
class DemoLearningPaths {

    static final String FILE = "demo/learning-paths.json";
    private static final Logger LOG = Logger.getLogger(DemoLearningPaths.class);

    private final LearningPathCatalog catalog;
    private final Learning learning;
    private final ResourceBank resources;
    private final MethodCatalog methods;
    private final CoalitionCommunity coalitions;
    private final OrganizationDirectory organizations;
    private final LearningPathDtoMapper mapper;
    private final ObjectMapper json;
    private final PathProgrammes programmes;

    DemoLearningPaths(
            LearningPathCatalog catalog,
            Learning learning,
            ResourceBank resources,
            MethodCatalog methods,
            CoalitionCommunity coalitions,
            OrganizationDirectory organizations,
            LearningPathDtoMapper mapper,
            ObjectMapper json,
            PathProgrammes programmes) {
        this.catalog = catalog;
        this.learning = learning;
        this.resources = resources;
        this.methods = methods;
        this.coalitions = coalitions;
        this.organizations = organizations;
        this.mapper = mapper;
        this.json = json;
        this.programmes = programmes;
    }

    void onDemoPeople(@Observes @Priority(3000) DemoPeople demo) {
        JsonNode paths = read();
        Person first = person(demo, paths.get(0).path("author").asText());
        if (!catalog.authoredBy(first.asSubject()).isEmpty()) {
            return;
        }
        for (JsonNode path : paths) {
            load((ObjectNode) path.deepCopy(), demo);
        }
        LOG.infof("Loaded %d demo learning paths", paths.size());
    }

    private void load(ObjectNode path, DemoPeople demo) {
        Subject author = person(demo, path.path("author").asText()).asSubject();
        ObjectNode content = (ObjectNode) path.get("content");
        if (path.has("coalition")) {
            content.put(
                    "coalitionId",
                    coalition(author, path.get("coalition").asText()).toString());
        }
        if (path.has("organization")) {
            content.put(
                    "organizationId",
                    organization(author, path.get("organization").asText()).toString());
        }
        for (JsonNode step : content.get("steps")) {
            ObjectNode writable = (ObjectNode) step;
            if (writable.has("resource")) {
                writable.put(
                        "resourceId",
                        resource(author, writable.remove("resource").asText()).toString());
            }
            if (writable.has("method")) {
                writable.put(
                        "methodId", method(writable.remove("method").asText()).toString());
            }
        }
        LearningPath draft = catalog.create(author, mapper.toDomain(convert(content)));
        LearningPath published = catalog.publish(author, draft.id(), ExpectedVersion.of(draft.version()));
        if (path.path("assignedToCoalition").asBoolean()) {
            UUID coalitionId = published.content().coalitionId().orElseThrow();
            programmes.assign(author, published.id(), Optional.of(coalitionId), Optional.empty());
        }
        for (JsonNode enrolled : path.path("enrolled")) {
            enrol(person(demo, enrolled.path("person").asText()).asSubject(), published, enrolled);
        }
    }

    /** The learner enrols and records the steps the file says they did, in the path's order. */
    private void enrol(Subject learner, LearningPath path, JsonNode progress) {
        Enrollment enrollment = learning.enrol(learner, path.id());
        for (Iterator<Map.Entry<String, JsonNode>> done = progress.path("done").fields(); done.hasNext(); ) {
            Map.Entry<String, JsonNode> step = done.next();
            Optional<Evidence> evidence = step.getValue().has("text")
                    ? Optional.of(new Evidence(step.getValue().get("text").asText(), null))
                    : Optional.empty();
            enrollment = learning.changeStep(
                    learner,
                    enrollment.id(),
                    step.getKey(),
                    ExpectedVersion.of(enrollment.version()),
                    new StepChange(StepStatus.DONE, evidence, Optional.empty()));
        }
        for (JsonNode step : progress.path("inProgress")) {
            enrollment = learning.changeStep(
                    learner,
                    enrollment.id(),
                    step.asText(),
                    ExpectedVersion.of(enrollment.version()),
                    new StepChange(StepStatus.IN_PROGRESS, Optional.empty(), Optional.empty()));
        }
    }

    private LearningPathContentDto convert(ObjectNode content) {
        try {
            return json.treeToValue(content, LearningPathContentDto.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a path of " + FILE, e);
        }
    }

    private UUID coalition(Subject author, String name) {
        return coalitions.mine(author).stream()
                .filter(c -> c.coalitionName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo coalition " + name))
                .membership()
                .coalitionId();
    }

    private UUID organization(Subject author, String name) {
        return organizations.mine(author).stream()
                .filter(o -> o.organizationName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo organization " + name))
                .membership()
                .organizationId();
    }

    private UUID resource(Subject reader, String title) {
        ResourceQuery query = ResourceQuery.of(Optional.of("\"" + title + "\""), Optional.empty(), Map.of());
        return resources.published(reader, query, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(r -> r.metadata().title().equals(title))
                .map(LearningResource::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no published demo resource " + title));
    }

    private UUID method(String name) {
        return methods
                .browse(new MethodFilter(Optional.empty(), Optional.empty()), PageRequest.first(PageRequest.MAX_LIMIT))
                .items()
                .stream()
                .filter(m -> m.name().equals(name))
                .map(Method::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no method " + name));
    }

    private static Person person(DemoPeople demo, String name) {
        return demo.named(name).orElseThrow(() -> new IllegalStateException("no demo person " + name));
    }

    private JsonNode read() {
        try (InputStream in =
                Objects.requireNonNull(DemoLearningPaths.class.getClassLoader().getResourceAsStream(FILE), FILE)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
