package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.school.Method;
import eu.loopmentoring.domain.school.MethodFilter;
import eu.loopmentoring.domain.school.MethodKind;
import eu.loopmentoring.domain.school.MethodLevel;
import eu.loopmentoring.domain.school.Methods;
import eu.loopmentoring.domain.school.ProcessStep;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.school.TypicalDuration;
import eu.loopmentoring.domain.shared.TargetGroup;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What any {@link Methods} must do. The toolbox is everyone's (and seeded): each test names its
 * methods with a prefix of its own and looks at them within the whole listing.
 */
public abstract class MethodsContract extends PortContract {

    protected abstract Methods methods();

    /** Stores a method as the toolbox's maintainers would: the port only reads. */
    protected abstract void store(Method method);

    /** The people port is not needed: methods belong to nobody. */
    @Override
    protected People people() {
        throw new UnsupportedOperationException("methods belong to nobody");
    }

    private Method stored(String name, MethodLevel level, SchoolDimension... dimensions) {
        Method method = new Method(
                UUID.randomUUID(),
                name,
                MethodKind.WORKSHOP_FORMAT,
                level,
                "A short workshop.",
                "Teachers try a tool together, then reflect.",
                Set.of(TargetGroup.TEACHERS, TargetGroup.MENTORS),
                new TypicalDuration(2, 6, "two to six weeks"),
                Set.of(dimensions),
                Set.of(ProcessStep.JOINT_PLANNING, ProcessStep.REFLECTION),
                0);
        store(method);
        return method;
    }

    private List<Method> listed(MethodFilter filter, List<Method> mine) {
        List<Method> all = allPages(2, page -> methods().list(filter, page));
        assertThat(all).extracting(Method::id).doesNotHaveDuplicates();
        assertThat(all).allMatch(filter::accepts);
        return all.stream().filter(mine::contains).toList();
    }

    @Test
    void aMethodIsFoundByIdAsStored() {
        Method method =
                stored(unique("Found "), MethodLevel.SCHOOL, SchoolDimension.VISION, SchoolDimension.LEADERSHIP);

        assertThat(methods().find(method.id())).contains(method);
        assertThat(methods().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theToolboxIsListedByNameInKeysetPages() {
        String prefix = unique("Listed ");
        Method b = stored(prefix + " b", MethodLevel.TEACHER, SchoolDimension.VISION);
        Method c = stored(prefix + " c", MethodLevel.SCHOOL, SchoolDimension.VISION);
        Method a = stored(prefix + " a", MethodLevel.TEACHER, SchoolDimension.LEADERSHIP);

        assertThat(listed(MethodFilter.ALL, List.of(a, b, c))).containsExactly(a, b, c);
    }

    @Test
    void theToolboxIsNarrowedByLevelAndByDimension() {
        String prefix = unique("Filtered ");
        Method teacherVision = stored(prefix + " a", MethodLevel.TEACHER, SchoolDimension.VISION);
        Method schoolVision = stored(prefix + " b", MethodLevel.SCHOOL, SchoolDimension.VISION);
        Method teacherLeadership = stored(prefix + " c", MethodLevel.TEACHER, SchoolDimension.LEADERSHIP);
        List<Method> mine = List.of(teacherVision, schoolVision, teacherLeadership);

        assertThat(listed(new MethodFilter(Optional.of(MethodLevel.TEACHER), Optional.empty()), mine))
                .containsExactly(teacherVision, teacherLeadership);
        assertThat(listed(new MethodFilter(Optional.empty(), Optional.of(SchoolDimension.VISION)), mine))
                .containsExactly(teacherVision, schoolVision);
        assertThat(listed(new MethodFilter(Optional.of(MethodLevel.SCHOOL), Optional.of(SchoolDimension.VISION)), mine))
                .containsExactly(schoolVision);
    }
}
