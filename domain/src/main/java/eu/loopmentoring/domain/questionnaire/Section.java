package eu.loopmentoring.domain.questionnaire;

import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.List;
import java.util.Objects;

/** The questions on one profile dimension, in the order they are asked. */
public record Section(ProfileDimension dimension, String title, String description, List<Item> items) {

    public Section {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        items = List.copyOf(items);
    }

    public long scoredItemCount() {
        return items.stream().filter(Item::scored).count();
    }
}
