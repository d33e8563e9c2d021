package eu.loopmentoring.persistence.school;

import eu.loopmentoring.domain.contracts.MethodsContract;
import eu.loopmentoring.domain.school.Method;
import eu.loopmentoring.domain.school.Methods;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.stream.Collectors;

@QuarkusTest
class MethodRepositoryTest extends MethodsContract {

    @Inject
    MethodRepository methods;

    @Inject
    EntityManager entityManager;

    @Override
    protected Methods methods() {
        return InTransactions.each(Methods.class, methods);
    }

    /** As the toolbox's changelog stores its methods. */
    @Override
    protected void store(Method method) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("insert into method (id, name, kind, level, summary, description,"
                                + " target_groups, minimum_weeks, maximum_weeks, duration_description, dimensions,"
                                + " process_steps, version) values (:id, :name, :kind, :level, :summary, :description,"
                                + " string_to_array(:groups, ','), :minimum, :maximum, :duration,"
                                + " string_to_array(:dimensions, ','), string_to_array(:steps, ','), :version)")
                        .setParameter("id", method.id())
                        .setParameter("name", method.name())
                        .setParameter("kind", method.kind().name())
                        .setParameter("level", method.level().name())
                        .setParameter("summary", method.summary())
                        .setParameter("description", method.description())
                        .setParameter("groups", names(method.targetGroups()))
                        .setParameter("minimum", method.typicalDuration().minimumWeeks())
                        .setParameter("maximum", method.typicalDuration().maximumWeeks())
                        .setParameter("duration", method.typicalDuration().description())
                        .setParameter("dimensions", names(method.dimensions()))
                        .setParameter("steps", names(method.processSteps()))
                        .setParameter("version", method.version())
                        .executeUpdate());
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
