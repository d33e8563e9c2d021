package eu.loopmentoring.api.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.Lanes;
import eu.loopmentoring.domain.school.MethodCatalog;
import eu.loopmentoring.domain.school.MethodFilter;
import eu.loopmentoring.domain.school.Methods;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(Lanes.DATABASE_INDEPENDENT)
@QuarkusTest
class UnexpectedFailureTest {

    /** A database that fails the way a real one does: with SQL and class names in the message. */
    private static final Methods BROKEN = new Methods() {
        @Override
        public Optional<eu.loopmentoring.domain.school.Method> find(UUID id) {
            throw new IllegalStateException(
                    "org.hibernate.exception.SQLGrammarException: ERROR: relation \"method\" does not exist"
                            + " [select m1_0.id from method m1_0 where m1_0.id=?]");
        }

        @Override
        public Page<eu.loopmentoring.domain.school.Method> list(MethodFilter filter, PageRequest page) {
            throw new IllegalStateException("unreachable");
        }
    };

    @BeforeEach
    void breakTheDatabase() {
        QuarkusMock.installMockForType(new MethodCatalog(BROKEN), MethodCatalog.class);
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_with_a_correlation_id_and_no_internals() {
        Api.given()
                .header("X-Correlation-Id", "trace-500-test")
                .get("/api/v1/methods/{id}", UUID.randomUUID())
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("https://loopmentoring.eu/problems/internal-error"))
                .body("correlationId", equalTo("trace-500-test"))
                .body("detail", notNullValue())
                .body(not(containsString("does not exist")))
                .body(not(containsString("select")))
                .body(not(containsString("hibernate")))
                .body(not(containsString("SQLGrammar")))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }
}
