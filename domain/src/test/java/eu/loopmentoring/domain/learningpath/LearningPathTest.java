package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LearningPathTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private final UUID author = UUID.randomUUID();
    private final LearningPath draft = LearningPath.draft(aPath().build(), author, T0);

    @Test
    void a_new_draft_starts_its_own_lineage_without_a_number() {
        assertThat(draft.lineageId()).isEqualTo(draft.id());
        assertThat(draft.status()).isEqualTo(PathStatus.DRAFT);
        assertThat(draft.versionNumber()).isEmpty();
        assertThat(draft.basedOn()).isEmpty();
        assertThat(draft.publishedAt()).isEmpty();
        assertThat(draft.isBy(author)).isTrue();
        assertThat(draft.isBy(UUID.randomUUID())).isFalse();
        assertThat(draft.createdAt()).isEqualTo(T0).isEqualTo(draft.updatedAt());
    }

    @Test
    void publishing_gives_the_draft_its_number_and_date() {
        LearningPath published = draft.publish(1, T1);

        assertThat(published.isPublished()).isTrue();
        assertThat(published.versionNumber()).contains(1);
        assertThat(published.publishedAt()).contains(T1);
        assertThat(published.updatedAt()).isEqualTo(T1);
        assertThat(published.id()).isEqualTo(draft.id());
        assertThat(published.content()).isEqualTo(draft.content());
    }

    @Test
    void a_published_version_never_changes_and_says_how_to_go_on() {
        LearningPath published = draft.publish(1, T1);

        assertThatThrownBy(() -> published.replace(aPath().title("Changed").build(), T1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("version 1")
                .hasMessageContaining("never changes")
                .hasMessageContaining("POST /api/v1/learning-paths/" + published.id() + "/drafts");
    }

    @Test
    void a_published_version_is_published_only_once() {
        LearningPath published = draft.publish(1, T1);

        assertThatThrownBy(() -> published.publish(2, T1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("published only once")
                .hasMessageContaining("/drafts");
    }

    @Test
    void the_next_version_is_a_draft_of_the_same_lineage_based_on_the_published_one() {
        LearningPath published = draft.publish(1, T1);
        UUID editor = UUID.randomUUID();

        LearningPath next = published.nextDraft(editor, T1.plusSeconds(1));

        assertThat(next.id()).isNotEqualTo(published.id());
        assertThat(next.lineageId()).isEqualTo(published.lineageId());
        assertThat(next.basedOn()).contains(published.id());
        assertThat(next.status()).isEqualTo(PathStatus.DRAFT);
        assertThat(next.versionNumber()).isEmpty();
        assertThat(next.publishedAt()).isEmpty();
        assertThat(next.content()).isEqualTo(published.content());
        assertThat(next.isBy(editor)).isTrue();
        assertThat(next.version()).isZero();
    }

    @Test
    void a_draft_has_no_next_version() {
        assertThatThrownBy(() -> draft.nextDraft(author, T1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("publish it");
    }

    @Test
    void replacing_a_draft_keeps_its_owner() {
        UUID coalition = UUID.randomUUID();
        LearningPath owned = LearningPath.draft(aPath().coalition(coalition).build(), author, T0);

        LearningPath replaced = owned.replace(aPath().title("Renamed").build(), T1);

        assertThat(replaced.content().title()).isEqualTo("Renamed");
        assertThat(replaced.content().coalitionId()).contains(coalition);
        assertThat(replaced.updatedAt()).isEqualTo(T1);
        assertThat(replaced.createdAt()).isEqualTo(T0);
        assertThat(replaced.status()).isEqualTo(PathStatus.DRAFT);
    }
}
