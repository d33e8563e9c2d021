package eu.loopmentoring.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.loopmentoring.api.support.Lanes;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md §3, as tests. */
@Tag(Lanes.DATABASE_INDEPENDENT)
class ArchitectureTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.loopmentoring");

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("eu.loopmentoring.api");

    @Test
    void the_domain_depends_on_nothing_but_the_jdk() {
        classes()
                .that()
                .resideInAPackage("eu.loopmentoring.domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("eu.loopmentoring.domain..", "java..")
                .check(PRODUCT);
    }

    @Test
    void persistence_depends_on_the_domain_but_never_on_the_api_or_the_contract() {
        noClasses()
                .that()
                .resideInAPackage("eu.loopmentoring.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("eu.loopmentoring.api..", "eu.loopmentoring.openapi..")
                .check(PRODUCT);
    }

    @Test
    void api_code_never_imports_persistence_classes() {
        noClasses()
                .that()
                .resideInAPackage("eu.loopmentoring.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("eu.loopmentoring.persistence..")
                .check(PRODUCT);
    }

    @Test
    void the_generated_contract_knows_nothing_of_the_product() {
        noClasses()
                .that()
                .resideInAPackage("eu.loopmentoring.openapi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "eu.loopmentoring.domain..", "eu.loopmentoring.persistence..", "eu.loopmentoring.api..")
                .check(PRODUCT);
    }

    /**
     * A capability may use another's classes, never in a circle: a capability that needs the
     * caller of one of its services declares an interface the caller implements (identity's
     * {@code AccountExport}), or observes an event (the resource bank's demo data).
     */
    @Test
    void api_capabilities_depend_on_each_other_without_cycles() {
        slices().matching("eu.loopmentoring.api.(*)..")
                .should()
                .beFreeOfCycles()
                .check(PRODUCT);
    }

    /** problem (the vocabulary) below http and security, the exception mapper above them all. */
    @Test
    void platform_packages_depend_on_each_other_without_cycles() {
        slices().matching("eu.loopmentoring.api.platform.(*)..")
                .should()
                .beFreeOfCycles()
                .check(PRODUCT);
    }

    @Test
    void domain_and_persistence_packages_depend_on_each_other_without_cycles() {
        slices().matching("eu.loopmentoring.domain.(*)..")
                .should()
                .beFreeOfCycles()
                .check(PRODUCT);
        slices().matching("eu.loopmentoring.persistence.(*)..")
                .should()
                .beFreeOfCycles()
                .check(PRODUCT);
    }

    @Test
    void rest_resources_implement_a_generated_interface_and_are_named_for_their_version() {
        classes()
                .that()
                .resideInAPackage("eu.loopmentoring.api..")
                .and()
                .areAnnotatedWith(Path.class)
                .should()
                .haveSimpleNameEndingWith("ResourceV1")
                .andShould()
                .implement(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an interface generated in eu.loopmentoring.openapi.v1.api",
                        (com.tngtech.archunit.core.domain.JavaClass type) ->
                                type.getPackageName().equals("eu.loopmentoring.openapi.v1.api")))
                .check(PRODUCT);
    }

    @Test
    void jpa_entities_live_in_persistence_and_are_named_entity() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .resideInAPackage("eu.loopmentoring.persistence..")
                .andShould()
                .haveSimpleNameEndingWith("Entity")
                .check(PRODUCT);
    }

    @Test
    void tests_talk_http_only_through_the_contract_validating_helper() {
        noClasses()
                .that()
                .resideOutsideOfPackage("eu.loopmentoring.api.support..")
                .should()
                .callMethod(io.restassured.RestAssured.class, "given")
                .check(TESTS);
    }

    /**
     * Transactions begin where a request or a job enters the application (README, "Transactions"):
     * every REST method that can change state is one transaction, so that its effect, its
     * idempotency record and its answer commit together.
     */
    /** POSTs that compute an answer from their body and store nothing. */
    private static final Set<String> STATELESS_POSTS = Set.of("QuestionnairesResourceV1.previewQuestionnaireScoring");

    @Test
    void every_rest_method_that_changes_state_is_one_transaction() {
        List<String> missing = new ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass resource : PRODUCT) {
            if (!resource.getPackageName().startsWith("eu.loopmentoring.api")
                    || !resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = resource.reflect();
            for (Method method : type.getDeclaredMethods()) {
                String name = type.getSimpleName() + "." + method.getName();
                if (changesState(type, method)
                        && !method.isAnnotationPresent(Transactional.class)
                        && !STATELESS_POSTS.contains(name)) {
                    missing.add(name);
                }
            }
        }
        assertThat(missing)
                .as("REST methods for POST, PUT, PATCH or DELETE without @Transactional")
                .isEmpty();
    }

    @Test
    void persistence_adapters_join_the_callers_transaction_and_never_begin_one() {
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("eu.loopmentoring.persistence..")
                .and()
                .areDeclaredInClassesThat()
                // Secrets commit on their own so that instances starting together agree on one value.
                .doNotHaveSimpleName("SecretRepository")
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(PRODUCT);
        noClasses()
                .that()
                .resideInAPackage("eu.loopmentoring.persistence..")
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(PRODUCT);
    }

    private static boolean changesState(Class<?> type, Method method) {
        for (Class<?> contract : type.getInterfaces()) {
            for (Method declared : contract.getMethods()) {
                if (declared.getName().equals(method.getName())
                        && Arrays.equals(declared.getParameterTypes(), method.getParameterTypes())) {
                    return declared.isAnnotationPresent(POST.class)
                            || declared.isAnnotationPresent(PUT.class)
                            || declared.isAnnotationPresent(PATCH.class)
                            || declared.isAnnotationPresent(DELETE.class);
                }
            }
        }
        return false;
    }
}
