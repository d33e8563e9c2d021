package eu.loopmentoring.api.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.loopmentoring.api.coalition.CoalitionsResourceV1;
import eu.loopmentoring.api.resource.ResourcesResourceV1;
import eu.loopmentoring.openapi.v1.model.NewResourceReportDto;
import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IdempotentCreateTest {

    private static List<Method> resourceMethods() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("eu.loopmentoring.api")
                        .stream()
                        .filter(c -> c.getSimpleName().endsWith("ResourceV1"))
                        .map(JavaClass::reflect)
                        .flatMap(c -> Stream.of(c.getDeclaredMethods()))
                        .filter(m -> !m.isSynthetic())
                        .toList();
    }

    @Test
    void every_operation_that_takes_an_idempotency_key_declares_it_in_a_transaction() {
        List<Method> taking = resourceMethods().stream()
                .filter(m -> IdempotentOperation.keyIndex(m).isPresent())
                .toList();

        assertThat(taking).isNotEmpty();
        assertThat(taking)
                .allSatisfy(m -> assertThat(m.isAnnotationPresent(IdempotentCreate.class)
                                && m.isAnnotationPresent(Transactional.class))
                        .as(m.getDeclaringClass().getSimpleName() + "." + m.getName())
                        .isTrue());
    }

    @Test
    void only_operations_that_take_an_idempotency_key_declare_it() {
        assertThat(resourceMethods().stream()
                        .filter(m -> m.isAnnotationPresent(IdempotentCreate.class))
                        .filter(m -> IdempotentOperation.keyIndex(m).isEmpty())
                        .map(Method::getName))
                .isEmpty();
    }

    @Test
    void the_operation_id_is_the_method_name_and_the_request_is_every_other_argument() throws Exception {
        IdempotentOperation report = IdempotentOperation.of(method(ResourcesResourceV1.class, "reportResource"));
        UUID resource = UUID.randomUUID();
        NewResourceReportDto body = new NewResourceReportDto().text("Spam");

        assertThat(report.id()).isEqualTo("reportResource");
        assertThat(report.key(new Object[] {resource, body, "key-1"})).isEqualTo("key-1");
        assertThat(report.request(new Object[] {resource, body, "key-1"})).isEqualTo(Arrays.asList(resource, body));

        IdempotentOperation join = IdempotentOperation.of(method(CoalitionsResourceV1.class, "joinCoalition"));
        assertThat(join.request(new Object[] {resource, "key-2"})).isEqualTo(resource);
    }

    @Test
    void declaring_it_on_an_operation_without_the_header_is_refused() {
        assertThatThrownBy(() -> IdempotentOperation.of(method(CoalitionsResourceV1.class, "getCoalition")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("getCoalition");
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
