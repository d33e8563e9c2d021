package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static eu.loopmentoring.domain.learningpath.PathSamples.method;
import static eu.loopmentoring.domain.learningpath.PathSamples.reflection;
import static eu.loopmentoring.domain.learningpath.PathSamples.resource;
import static eu.loopmentoring.domain.learningpath.PathSamples.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PathContentTest {

    private static List<String> fieldsNamed(PathSamples.Content content) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, content::build);
        assertThat(refused).as("refused").isNotNull();
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void a_valid_path_is_accepted_as_written() {
        PathContent content = aPath().steps(activity("start", true), reflection("think", false))
                .minimumOptionalSteps(1)
                .build();

        assertThat(content.steps()).extracting(PathStep::key).containsExactly("start", "think");
        assertThat(content.step("think")).map(PathStep::kind).contains(StepKind.REFLECTION);
        assertThat(content.step("missing")).isEmpty();
        assertThat(content.ownedByCommunity()).isFalse();
    }

    @Test
    void every_field_that_breaks_a_rule_is_named_at_once() {
        PathStep noResource = step("read", StepKind.RESOURCE, true, List.of(), null, null, null, false);
        PathStep badKey = step("Bad Key", StepKind.ACTIVITY, true, List.of(), null, null, null, false);
        PathStep promptless = step("think", StepKind.REFLECTION, true, List.of(), null, null, null, false);

        assertThat(fieldsNamed(aPath().title("x")
                        .languages("portuguese")
                        .topics("Not A Slug")
                        .estimatedHours(0)
                        .minimumOptionalSteps(-1)
                        .steps(noResource, badKey, promptless)))
                .containsExactlyInAnyOrder(
                        "title",
                        "languages",
                        "topics",
                        "estimatedHours",
                        "minimumOptionalSteps",
                        "steps[0].resourceId",
                        "steps[1].key",
                        "steps[2].prompt");
    }

    @Test
    void a_step_title_instructions_and_module_have_their_limits() {
        PathStep untitled = new PathStep(
                "a",
                StepKind.ACTIVITY,
                " ",
                "x".repeat(PathContent.MAX_INSTRUCTIONS + 1),
                true,
                Optional.of(" "),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false);

        assertThat(fieldsNamed(aPath().steps(untitled)))
                .containsExactly("steps[0].title", "steps[0].instructions", "steps[0].module");
    }

    @Test
    void step_keys_are_unique() {
        assertThat(fieldsNamed(aPath().steps(activity("a", true), activity("b", true), activity("a", false))))
                .containsExactly("steps[2].key");
    }

    @Test
    void a_step_depends_on_earlier_steps_only() {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> aPath().steps(activity("a", true, "b"), activity("b", true), activity("c", true, "c"))
                        .build());

        assertThat(refused.errors())
                .extracting(FieldError::field)
                .containsExactly("steps[0].dependsOn", "steps[2].dependsOn");
        assertThat(refused.errors().getFirst().message()).contains("not earlier: b");
        assertThat(aPath().steps(activity("a", true), activity("b", true, "a"))
                        .build()
                        .steps())
                .hasSize(2);
    }

    @Test
    void each_kind_carries_its_own_reference_and_no_other() {
        UUID id = UUID.randomUUID();
        PathStep activityWithEverything = step("a", StepKind.ACTIVITY, true, List.of(), id, id, "Why?", false);
        PathStep methodWithoutMethod = step("m", StepKind.METHOD, true, List.of(), null, null, null, false);
        PathStep reflectionWithEvidence = step("r", StepKind.REFLECTION, true, List.of(), null, null, "Why?", true);

        assertThat(fieldsNamed(aPath().steps(activityWithEverything, methodWithoutMethod, reflectionWithEvidence)))
                .containsExactly(
                        "steps[0].resourceId",
                        "steps[0].methodId",
                        "steps[0].prompt",
                        "steps[1].methodId",
                        "steps[2].evidenceRequested");
        assertThat(aPath().steps(resource("read", id), method("try", id))
                        .build()
                        .steps())
                .hasSize(2);
    }

    @Test
    void a_blank_prompt_is_refused() {
        PathStep blank = step("r", StepKind.REFLECTION, true, List.of(), null, null, " ", false);

        assertThat(fieldsNamed(aPath().steps(blank))).containsExactly("steps[0].prompt");
    }

    @Test
    void a_members_path_needs_an_owner() {
        assertThat(fieldsNamed(aPath().visibility(PathVisibility.MEMBERS))).containsExactly("visibility");
        assertThat(aPath().visibility(PathVisibility.MEMBERS)
                        .coalition(UUID.randomUUID())
                        .build()
                        .ownedByCommunity())
                .isTrue();
        assertThat(fieldsNamed(aPath().visibility(null))).containsExactly("visibility");
    }

    @Test
    void a_path_has_one_owner_not_both() {
        assertThat(fieldsNamed(aPath().coalition(UUID.randomUUID()).organization(UUID.randomUUID())))
                .containsExactly("organizationId");
    }

    @Test
    void languages_and_topics_are_not_repeated() {
        assertThat(fieldsNamed(aPath().languages("pt", "pt").topics("a", "a"))).containsExactly("languages", "topics");
        assertThat(fieldsNamed(aPath().languages())).containsExactly("languages");
    }

    @Test
    void an_edit_keeps_the_owner_of_the_path_it_changes() {
        UUID coalition = UUID.randomUUID();
        PathContent owner = aPath().coalition(coalition).build();
        PathContent edit =
                aPath().title("Moved").organization(UUID.randomUUID()).build();

        PathContent owned = edit.ownedAs(owner);

        assertThat(owned.title()).isEqualTo("Moved");
        assertThat(owned.coalitionId()).contains(coalition);
        assertThat(owned.organizationId()).isEmpty();
    }

    @Test
    void a_path_without_steps_is_a_draft_that_cannot_be_published() {
        PathContent empty = aPath().steps().build();

        assertThat(empty.publicationProblems(Set.of(), Set.of()))
                .singleElement()
                .asString()
                .contains("one step");
    }

    @Test
    void the_rule_cannot_ask_for_more_optional_steps_than_the_path_has() {
        PathContent content = aPath().steps(activity("a", true), activity("b", false))
                .minimumOptionalSteps(2)
                .build();

        assertThat(content.publicationProblems(Set.of(), Set.of()))
                .containsExactly("The rule asks for 2 optional steps but the path has 1.");
    }

    @Test
    void a_path_points_only_to_published_resources_and_known_methods() {
        UUID published = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        UUID known = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        PathContent content = aPath().steps(
                        resource("read", published),
                        resource("old", withdrawn),
                        method("try", known),
                        method("gone", unknown))
                .build();

        List<String> problems = content.publicationProblems(Set.of(published), Set.of(known));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("Step old", withdrawn.toString(), "not a published resource");
        assertThat(problems.get(1)).contains("Step gone", unknown.toString(), "not a method");
        assertThat(content.publicationProblems(Set.of(published, withdrawn), Set.of(known, unknown)))
                .isEmpty();
    }
}
