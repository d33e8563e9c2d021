package eu.loopmentoring.domain.resource;

import java.util.Objects;
import java.util.Optional;

/**
 * What narrows the listing of published resources. Every listing parameter lives here, so that
 * search (full text, more filters, facets, sort) extends this one record and the one query that
 * reads it ({@link LearningResources#published}).
 */
public record ResourceQuery(Optional<ResourceType> type, Optional<String> language, Optional<String> topic) {

    public static final ResourceQuery ALL = new ResourceQuery(Optional.empty(), Optional.empty(), Optional.empty());

    public ResourceQuery {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(topic, "topic");
    }
}
