package eu.loopmentoring.api.safety;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The blocks and reports a person made, in their export; what others made about them stays out. */
@QuarkusTest
class SafetyPrivacyTest {

    @Test
    void the_export_holds_the_blocks_and_reports_the_person_made_and_not_those_about_them() {
        Login ana = TestAccounts.newPerson();
        Login joao = TestAccounts.newPerson();
        String anasReport = SafetyFixtures.footprint(ana, joao);

        ana.given()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("safety.blocks.personId", contains(joao.id()))
                .body("safety.reports.id", contains(anasReport))
                .body("safety.reports[0].personId", equalTo(joao.id()));
        joao.given()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("safety.blocks.personId", contains(ana.id()))
                .body("safety.reports.personId", contains(ana.id()));
    }
}
