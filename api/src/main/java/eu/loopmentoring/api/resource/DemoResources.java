package eu.loopmentoring.api.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.loopmentoring.api.platform.demo.DemoPeople;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ResourceBank;
import eu.loopmentoring.domain.resource.ResourceBank.Decision;
import eu.loopmentoring.domain.resource.ResourceFeedback;
import eu.loopmentoring.openapi.v1.model.ResourceContentDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The demo resource bank, {@code demo/resources.jsonl}: one resource a line with the create fields
 * plus {@code status}, {@code submittedBy} and {@code reviews}. Each goes through the resource
 * bank as people would: created by its submitter, submitted, published by the moderator, then
 * reviewed, so that moderation rules and the rating aggregate apply. Loaded once: skipped when
 * any demo person has already submitted a resource. Here, not in the platform's demo, because it
 * reads the file through this capability's DTO mapper.
 */
@ApplicationScoped
class DemoResources {

    static final String FILE = "demo/resources.jsonl";
    /** Everyone the file names as submitter, reviewer or moderator. */
    private static final List<String> PEOPLE =
            List.of("moderator", "ana.costa", "joao.silva", "maria.lehtinen", "eva.tamm", "luca.rossi", "sofia.garcia");

    private static final Logger LOG = Logger.getLogger(DemoResources.class);

    private final ResourceBank bank;
    private final ResourceFeedback feedback;
    private final ResourceDtoMapper mapper;
    private final ObjectMapper json;

    DemoResources(ResourceBank bank, ResourceFeedback feedback, ResourceDtoMapper mapper, ObjectMapper json) {
        this.bank = bank;
        this.feedback = feedback;
        this.mapper = mapper;
        this.json = json;
    }

    void onDemoPeople(@Observes DemoPeople demo) {
        Map<String, Person> people = new HashMap<>();
        for (String name : PEOPLE) {
            demo.named(name).ifPresent(p -> people.put(name, p));
        }
        int loaded = load(people);
        if (loaded > 0) {
            LOG.infof("Loaded %d demo resources", loaded);
        }
    }

    /** Loads the bank unless one of {@code people} (demo name → person) already has resources. */
    private int load(Map<String, Person> people) {
        if (people.values().stream().anyMatch(p -> !bank.allMine(p.asSubject()).isEmpty())) {
            return 0;
        }
        Person moderator = Objects.requireNonNull(people.get("moderator"), "moderator");
        int loaded = 0;
        try (InputStream in = Objects.requireNonNull(
                        DemoResources.class.getClassLoader().getResourceAsStream(FILE), FILE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    load((ObjectNode) json.readTree(line), people, moderator);
                    loaded++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return loaded;
    }

    private void load(ObjectNode line, Map<String, Person> people, Person moderator) throws IOException {
        String status = line.remove("status").asText();
        Person author = person(people, line.remove("submittedBy").asText());
        JsonNode reviews = line.remove("reviews");
        ResourceContentDto content = json.treeToValue(line, ResourceContentDto.class);
        LearningResource resource = bank.create(author.asSubject(), mapper.toDomain(content));
        if (status.equals("DRAFT")) {
            return;
        }
        bank.submit(author.asSubject(), resource.id());
        if (status.equals("SUBMITTED")) {
            return;
        }
        bank.moderate(moderator.asSubject(), resource.id(), Decision.PUBLISH, Optional.empty());
        for (JsonNode review : reviews) {
            feedback.review(
                    person(people, review.path("by").asText()).asSubject(),
                    resource.id(),
                    review.path("rating").asInt(),
                    review.path("comment").asText());
        }
    }

    private static Person person(Map<String, Person> people, String name) {
        return Objects.requireNonNull(people.get(name), () -> "no demo person " + name);
    }
}
