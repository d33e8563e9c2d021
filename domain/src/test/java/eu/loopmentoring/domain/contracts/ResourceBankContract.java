package eu.loopmentoring.domain.contracts;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.resource.Audience;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.ResourceMetadata;
import eu.loopmentoring.domain.resource.ResourceType;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the contracts of the resource bank's ports share: resources to hang their rows on. */
public abstract class ResourceBankContract extends PortContract {

    protected abstract LearningResources resources();

    protected static ResourceMetadata metadata(String title, String topic, String language) {
        return new ResourceMetadata(
                title,
                "How mentors welcome new teachers in their first weeks.",
                "## Why\nA structured first month.",
                ResourceType.ACTIVITY_PLAN,
                "https://example.org/induction",
                List.of(language),
                "CC-BY-4.0",
                Audience.EVERYONE,
                Set.of(ProfileDimension.COMMUNICATION_SKILLS),
                Set.of(),
                List.of(topic),
                Optional.of(45),
                List.of("Ana Costa"),
                Optional.empty(),
                Optional.empty());
    }

    protected LearningResource aDraft(Person author, String topic, Instant at) {
        LearningResource draft = LearningResource.draft(metadata("Welcoming", topic, "pt"), author.id(), at);
        resources().add(draft);
        return resources().find(draft.id()).orElseThrow();
    }

    /** A resource submitted for moderation at {@code at}. */
    protected LearningResource submitted(Person author, String topic, Instant at) {
        return resources().update(aDraft(author, topic, at).submit(at));
    }

    /** A resource published at {@code at}. */
    protected LearningResource published(Person author, String topic, String language, Instant at) {
        LearningResource draft = LearningResource.draft(metadata("Published", topic, language), author.id(), at);
        resources().add(draft);
        LearningResource submitted = resources().update(draft.submit(at));
        return resources().update(submitted.publish(at));
    }

    /** A published resource of a new author, on a topic of its own. */
    protected LearningResource aPublishedResource() {
        return published(aPerson("Author"), unique("t-"), "pt", T0);
    }
}
