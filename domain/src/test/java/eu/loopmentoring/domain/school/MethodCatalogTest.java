package eu.loopmentoring.domain.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryMethods;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.TargetGroup;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MethodCatalogTest {

    private final Method futureSchool = method("Future School", MethodLevel.SCHOOL, SchoolDimension.VISION);
    private final Method tisl = method("TISL", MethodLevel.TEACHER, SchoolDimension.PEDAGOGICAL_PRACTICES);
    private final MethodCatalog catalog = new MethodCatalog(new InMemoryMethods(tisl, futureSchool));

    @Test
    void an_unknown_method_is_not_found() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> catalog.get(unknown))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining(unknown.toString());
    }

    @Test
    void a_known_method_is_returned() {
        assertThat(catalog.get(tisl.id())).isEqualTo(tisl);
    }

    @Test
    void filters_narrow_by_level_and_dimension() {
        MethodFilter teacherLevel = new MethodFilter(Optional.of(MethodLevel.TEACHER), Optional.empty());
        MethodFilter vision = new MethodFilter(Optional.empty(), Optional.of(SchoolDimension.VISION));

        assertThat(catalog.browse(teacherLevel, PageRequest.first(10)).items()).containsExactly(tisl);
        assertThat(catalog.browse(vision, PageRequest.first(10)).items()).containsExactly(futureSchool);
        assertThat(catalog.browse(MethodFilter.ALL, PageRequest.first(10)).items())
                .containsExactly(futureSchool, tisl);
    }

    @Test
    void enum_sets_keep_declaration_order_whatever_the_input_order() {
        Method method = new Method(
                UUID.randomUUID(),
                "Digipeda",
                MethodKind.WORKSHOP_FORMAT,
                MethodLevel.SCHOOL,
                "s",
                "d",
                Set.of(TargetGroup.TEACHERS, TargetGroup.SCHOOL_LEADERS),
                new TypicalDuration(1, 2, "d"),
                Set.of(SchoolDimension.PEDAGOGICAL_PRACTICES, SchoolDimension.VISION),
                Set.of(ProcessStep.REFLECTION, ProcessStep.INITIATIVE),
                0);

        assertThat(method.targetGroups()).containsExactly(TargetGroup.SCHOOL_LEADERS, TargetGroup.TEACHERS);
        assertThat(method.dimensions()).containsExactly(SchoolDimension.VISION, SchoolDimension.PEDAGOGICAL_PRACTICES);
        assertThat(method.processSteps()).containsExactly(ProcessStep.INITIATIVE, ProcessStep.REFLECTION);
    }

    @Test
    void a_duration_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> new TypicalDuration(4, 2, "backwards")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Method method(String name, MethodLevel level, SchoolDimension dimension) {
        return new Method(
                UUID.randomUUID(),
                name,
                MethodKind.PROGRAM,
                level,
                "summary",
                "description",
                Set.of(TargetGroup.TEACHERS),
                new TypicalDuration(1, 4, "a month"),
                Set.of(dimension),
                Set.of(ProcessStep.JOINT_PLANNING),
                0);
    }
}
