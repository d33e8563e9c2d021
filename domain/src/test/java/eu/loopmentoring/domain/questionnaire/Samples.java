package eu.loopmentoring.domain.questionnaire;

import static eu.loopmentoring.domain.questionnaire.ChoiceOption.of;

import eu.loopmentoring.domain.shared.ProfileDimension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Questionnaires for the rules' tests: small, with every kind of item. */
public final class Samples {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private Samples() {}

    /** Three scored Likert items (the third reverse-scored) for a dimension, with keys prefix-1..3. */
    static Section likertSection(ProfileDimension dimension, String prefix) {
        return new Section(
                dimension,
                dimension.name(),
                "",
                List.of(
                        Item.likert(prefix + "-1", "First statement", true, true, false),
                        Item.likert(prefix + "-2", "Second statement", false, true, false),
                        Item.likert(prefix + "-3", "Third statement", false, true, true)));
    }

    /** Content that can be published: every dimension, with the extras the tests use. */
    public static QuestionnaireContent publishable() {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                ProfileDimension.CULTURAL_BACKGROUND,
                "Cultural background",
                "",
                List.of(
                        Item.multipleChoice(
                                "cb-languages",
                                "Languages",
                                false,
                                Optional.empty(),
                                of("pt", "Portuguese"),
                                of("en", "English")),
                        Item.freeText("cb-story", "Tell us", Optional.of(20)))));
        for (ProfileDimension dimension : ProfileDimension.values()) {
            if (dimension == ProfileDimension.CULTURAL_BACKGROUND
                    || dimension == ProfileDimension.EXPERIENCE
                    || dimension == ProfileDimension.TRAINING_NEEDS) {
                continue;
            }
            sections.add(likertSection(dimension, dimension.name().toLowerCase().replace('_', '-')));
        }
        sections.add(new Section(
                ProfileDimension.EXPERIENCE,
                "Experience",
                "",
                List.of(
                        Item.singleChoice(
                                "ex-years",
                                "Years",
                                true,
                                true,
                                of("none", "Not yet", 0),
                                of("few", "1-5", 1),
                                of("many", "6-15", 2),
                                of("most", "16+", 3)),
                        Item.multipleChoice(
                                "ex-roles",
                                "Roles",
                                true,
                                Optional.of(2),
                                of("mentor", "Mentor", 2),
                                of("leader", "Leader", 4),
                                of("trainer", "Trainer", 1)),
                        Item.likert("ex-confident", "Confident", false, true, false))));
        sections.add(new Section(
                ProfileDimension.TRAINING_NEEDS,
                "Training needs",
                "",
                List.of(
                        Item.likert("tn-1", "Need one", false, true, false),
                        Item.likert("tn-2", "Need two", false, true, false),
                        Item.likert("tn-3", "Need three", false, true, false),
                        Item.multipleChoice(
                                "tn-areas",
                                "Areas",
                                false,
                                Optional.of(3),
                                of("classroom-management", "Classroom management"),
                                of("digital-pedagogy", "Digital pedagogy"),
                                of("mentoring-skills", "Mentoring skills"),
                                of("inclusion-and-diversity", "Inclusion")),
                        Item.singleChoice(
                                "tn-first",
                                "First",
                                false,
                                false,
                                of("digital-pedagogy", "Digital"),
                                of("wellbeing-and-resilience", "Wellbeing")))));
        return new QuestionnaireContent("Profile", "Welcome", "en", sections);
    }

    static Questionnaire published() {
        return Questionnaire.draft(publishable(), NOW).publish(1, NOW);
    }

    static Questionnaire draftWith(Section... sections) {
        return new Questionnaire(
                UUID.randomUUID(),
                Optional.empty(),
                QuestionnaireStatus.DRAFT,
                new QuestionnaireContent("Draft", "", "en", List.of(sections)),
                NOW,
                Optional.empty(),
                0);
    }
}
