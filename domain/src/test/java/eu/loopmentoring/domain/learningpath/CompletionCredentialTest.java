package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static eu.loopmentoring.domain.learningpath.PathSamples.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompletionCredentialTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant DONE = Instant.parse("2026-11-30T17:45:12.345678Z");
    private static final CompletionCredential.Issuer PLATFORM =
            new CompletionCredential.Issuer("https://loop.example/", "LOOP Mentoring");

    private final UUID learner = UUID.randomUUID();

    private static final PathSamples.Content INDUCTION = aPath().title("The induction year")
            .summary("A first year in school, step by step.")
            .languages("pt", "en")
            .topics("induction")
            .profileDimensions(ProfileDimension.COMMUNICATION_SKILLS)
            .schoolDimensions(SchoolDimension.LEADERSHIP)
            .steps(activity("welcome", true), activity("extra", false), activity("more", false))
            .minimumOptionalSteps(1);

    private Enrollment enrolledIn(PathSamples.Content content) {
        LearningPath path =
                LearningPath.draft(content.build(), UUID.randomUUID(), T0).publish(3, T0);
        return Enrollment.start(path, learner, T0);
    }

    private static Enrollment done(Enrollment enrollment, String... keys) {
        for (String key : keys) {
            enrollment = enrollment.change(
                    key, new StepChange(StepStatus.DONE, Optional.empty(), Optional.empty()), false, DONE);
        }
        return enrollment;
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_completed_enrollment_gives_an_open_badge_credential_for_its_path_version() {
        Enrollment enrollment = done(enrolledIn(INDUCTION), "welcome", "extra");

        CompletionCredential credential = CompletionCredential.of(enrollment, PLATFORM);

        Map<String, Object> vc = credential.credential();
        assertThat(vc.get("@context")).isEqualTo(CompletionCredential.CONTEXT);
        assertThat(vc.get("id")).isEqualTo("urn:uuid:" + enrollment.id());
        assertThat(vc.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
        assertThat(vc.get("issuer"))
                .isEqualTo(Map.of("id", "https://loop.example", "type", List.of("Profile"), "name", "LOOP Mentoring"));
        assertThat(vc.get("validFrom")).isEqualTo("2026-11-30T17:45:12Z");
        assertThat(vc.get("name")).isEqualTo("The induction year");
        Map<String, Object> subject = (Map<String, Object>) vc.get("credentialSubject");
        assertThat(subject.get("id")).isEqualTo("urn:uuid:" + learner);
        assertThat(subject.get("type")).isEqualTo(List.of("AchievementSubject"));
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        assertThat(achievement.get("id"))
                .isEqualTo("https://loop.example/api/v1/learning-paths/"
                        + enrollment.path().id());
        assertThat(achievement.get("type")).isEqualTo(List.of("Achievement"));
        assertThat(achievement.get("name")).isEqualTo("The induction year");
        assertThat(achievement.get("description")).isEqualTo("A first year in school, step by step.");
        assertThat(achievement.get("inLanguage")).isEqualTo("pt");
        assertThat(achievement.get("tag")).isEqualTo(List.of("induction", "COMMUNICATION_SKILLS", "LEADERSHIP"));
        assertThat(((Map<String, Object>) achievement.get("criteria")).get("narrative"))
                .isEqualTo("Completed version 3 of the learning path \"The induction year\": every required step"
                        + " done (Step welcome) and at least 1 of its 2 optional steps.");
        assertThat(credential.learningPathId()).isEqualTo(enrollment.path().id());
        assertThat(credential.issuedAt()).isEqualTo(Instant.parse("2026-11-30T17:45:12Z"));
    }

    @Test
    void its_jwt_claims_name_issuer_subject_and_id_and_carry_the_credential_but_no_audience() {
        Enrollment enrollment = done(enrolledIn(INDUCTION), "welcome", "more");
        CompletionCredential credential = CompletionCredential.of(enrollment, PLATFORM);

        Map<String, Object> claims = credential.jwtClaims();

        assertThat(claims)
                .containsEntry("iss", "https://loop.example")
                .containsEntry("sub", "urn:uuid:" + learner)
                .containsEntry("jti", "urn:uuid:" + enrollment.id())
                .containsEntry("nbf", Instant.parse("2026-11-30T17:45:12Z").getEpochSecond())
                .containsEntry("iat", Instant.parse("2026-11-30T17:45:12Z").getEpochSecond())
                .containsEntry("vc", credential.credential())
                .doesNotContainKeys("aud", "exp");
    }

    @Test
    void the_same_enrollment_always_gives_the_same_credential() {
        Enrollment enrollment = done(enrolledIn(INDUCTION), "welcome", "extra");

        assertThat(CompletionCredential.of(enrollment, PLATFORM))
                .isEqualTo(CompletionCredential.of(enrollment, PLATFORM));
    }

    @Test
    void a_required_assessment_is_explained_in_the_criteria() {
        Enrollment enrollment = enrolledIn(aPath().steps(activity("read", true), assessment("again")));
        enrollment = done(enrollment, "read");
        enrollment = enrollment.change(
                "again", new StepChange(StepStatus.DONE, Optional.empty(), Optional.empty()), true, DONE);

        String narrative = CompletionCredential.narrative(enrollment.path());

        assertThat(narrative)
                .contains("every required step done (Step read; Step again)")
                .endsWith("The assessment step is done by answering the profile questionnaire again after enrolling.");
    }

    @Test
    void a_running_enrollment_has_no_credential_yet_and_says_what_is_left() {
        Enrollment running = enrolledIn(INDUCTION);

        assertThatThrownBy(() -> CompletionCredential.of(running, PLATFORM))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This enrollment is ACTIVE: a credential is given once it is COMPLETED (0 of 1 required"
                        + " steps done, 0 of 1 optional steps).");
    }

    @Test
    void a_left_enrollment_gives_no_credential() {
        Enrollment left = done(enrolledIn(INDUCTION), "welcome").leave(DONE);

        assertThatThrownBy(() -> CompletionCredential.of(left, PLATFORM))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("LEFT before it was completed");
    }
}
