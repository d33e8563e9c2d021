package eu.loopmentoring.domain.profile;

import java.util.Map;
import java.util.Objects;

/**
 * The text a person reads before consenting, by version. A new version means asking again: a
 * consent is given to one version, and the record keeps which.
 */
public record ConsentText(ConsentPurpose purpose, String version, String text) {

    private static final Map<ConsentPurpose, ConsentText> CURRENT = Map.of(
            ConsentPurpose.CULTURAL_BACKGROUND,
            new ConsentText(
                    ConsentPurpose.CULTURAL_BACKGROUND,
                    "2026-11-1",
                    "I agree that LOOP keeps my answers about my languages and cultural background. They"
                            + " are special-category data: they stay private unless I choose to show them to"
                            + " my mentoring partners, they are never given to partner institutions, and they"
                            + " appear in statistics only within groups of at least five people. I can withdraw"
                            + " this consent at any time, and my answers are then deleted at once."),
            ConsentPurpose.MOTIVATION,
            new ConsentText(
                    ConsentPurpose.MOTIVATION,
                    "2026-11-1",
                    "I agree that LOOP keeps my answers about my motivation and wellbeing as a teacher,"
                            + " and the motivation score computed from them. They are special-category data:"
                            + " they stay private unless I choose to show them to my mentoring partners, they"
                            + " are never given to partner institutions, and they appear in statistics only"
                            + " within groups of at least five people. I can withdraw this consent at any time,"
                            + " and my answers and score are then deleted at once."));

    public ConsentText {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(text, "text");
    }

    public static ConsentText current(ConsentPurpose purpose) {
        return CURRENT.get(purpose);
    }
}
