package eu.loopmentoring.domain.profile;

import java.util.Objects;

/** A language a person speaks (ISO 639-1), at a CEFR level; a mother tongue is marked as such. */
public record LanguageSkill(String language, CefrLevel level, boolean motherTongue) {

    public LanguageSkill {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(level, "level");
    }
}
