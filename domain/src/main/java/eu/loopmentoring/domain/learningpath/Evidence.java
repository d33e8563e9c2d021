package eu.loopmentoring.domain.learningpath;

import java.util.List;

/** What a learner shows for a step: text, links, or both. */
public record Evidence(String text, List<String> links) {

    public static final Evidence NONE = new Evidence("", List.of());

    public Evidence {
        text = text == null ? "" : text.strip();
        links = links == null ? List.of() : List.copyOf(links);
    }

    public boolean isEmpty() {
        return text.isEmpty() && links.isEmpty();
    }
}
