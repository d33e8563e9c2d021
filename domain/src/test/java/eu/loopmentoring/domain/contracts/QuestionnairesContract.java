package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireContent;
import eu.loopmentoring.domain.questionnaire.QuestionnaireStatus;
import eu.loopmentoring.domain.questionnaire.Questionnaires;
import eu.loopmentoring.domain.questionnaire.Samples;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What any {@link Questionnaires} must do. Version numbers are global, so the tests look at what
 * their own publications get relative to what was there before.
 */
public abstract class QuestionnairesContract extends PortContract {

    protected abstract Questionnaires questionnaires();

    @Override
    protected People people() {
        throw new UnsupportedOperationException("questionnaires belong to nobody");
    }

    private Questionnaire aDraft(int secondsAfterT0) {
        Questionnaire draft = Questionnaire.draft(
                Samples.publishable().withTitle(unique("Questionnaire ")), T0.plusSeconds(secondsAfterT0));
        questionnaires().add(draft);
        return draft;
    }

    private Questionnaire published(int secondsAfterT0) {
        Questionnaire draft = aDraft(secondsAfterT0);
        return questionnaires()
                .publish(draft.id(), draft.revision(), T0.plusSeconds(secondsAfterT0 + 1))
                .orElseThrow();
    }

    private int highestVersion() {
        return questionnaires()
                .findCurrent()
                .flatMap(Questionnaire::versionNumber)
                .orElse(0);
    }

    @Test
    void aDraftIsFoundWithItsWholeContent() {
        Questionnaire draft = aDraft(0);

        assertThat(questionnaires().find(draft.id())).contains(draft);
        assertThat(questionnaires().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aDraftsUpdateNeedsItsCurrentRevisionAndMovesItOn() {
        Questionnaire draft = aDraft(0);
        Questionnaire changed = draft.replace(QuestionnaireContent.empty(unique("Renamed ")));

        Questionnaire stored = questionnaires().update(changed).orElseThrow();

        assertThat(stored.revision()).isGreaterThan(draft.revision());
        assertThat(stored).usingRecursiveComparison().ignoringFields("revision").isEqualTo(changed);
        assertThat(questionnaires().find(draft.id())).contains(stored);
        assertThat(questionnaires().update(changed)).isEmpty();
        assertThat(questionnaires().find(draft.id())).contains(stored);
    }

    @Test
    void publishingGivesTheNextVersionNumberMakesItCurrentAndFreezesIt() {
        int before = highestVersion();
        Questionnaire draft = aDraft(0);

        assertThat(questionnaires().publish(draft.id(), draft.revision() + 1, T0))
                .isEmpty();
        Questionnaire published = questionnaires()
                .publish(draft.id(), draft.revision(), T0.plusSeconds(5))
                .orElseThrow();

        assertThat(published.versionNumber()).contains(before + 1);
        assertThat(published.status()).isEqualTo(QuestionnaireStatus.PUBLISHED);
        assertThat(published.publishedAt()).contains(T0.plusSeconds(5));
        assertThat(published.content()).isEqualTo(draft.content());
        assertThat(published.revision()).as("an ETag changes").isGreaterThan(draft.revision());
        assertThat(questionnaires().find(draft.id())).contains(published);
        assertThat(questionnaires().findCurrent()).contains(published);
        assertThat(questionnaires().publish(draft.id(), published.revision(), T0))
                .isEmpty();
        assertThat(questionnaires()
                        .update(new Questionnaire(
                                draft.id(),
                                Optional.empty(),
                                QuestionnaireStatus.DRAFT,
                                QuestionnaireContent.empty("Back to a draft"),
                                draft.createdAt(),
                                Optional.empty(),
                                published.revision())))
                .isEmpty();
        assertThat(questionnaires().remove(draft.id(), published.revision())).isFalse();

        Questionnaire next = published(10);

        assertThat(next.versionNumber()).contains(before + 2);
        assertThat(questionnaires().findCurrent()).contains(next);
    }

    @Test
    void aDraftIsRemovedAtItsCurrentRevisionOnly() {
        Questionnaire draft = aDraft(0);

        assertThat(questionnaires().remove(draft.id(), draft.revision() + 1)).isFalse();
        assertThat(questionnaires().remove(draft.id(), draft.revision())).isTrue();
        assertThat(questionnaires().find(draft.id())).isEmpty();
        assertThat(questionnaires().remove(draft.id(), draft.revision())).isFalse();
    }

    @Test
    void theListHasDraftsNewestFirstThenVersionsHighestFirstInKeysetPagesNarrowedByStatus() {
        Questionnaire olderDraft = aDraft(100);
        Questionnaire lowerVersion = published(200);
        Questionnaire newerDraft = aDraft(300);
        Questionnaire higherVersion = published(50);
        Set<UUID> mine = Set.of(olderDraft.id(), lowerVersion.id(), newerDraft.id(), higherVersion.id());

        List<Questionnaire> all = allPages(2, page -> questionnaires().list(Optional.empty(), page));
        List<Questionnaire> drafts =
                allPages(1, page -> questionnaires().list(Optional.of(QuestionnaireStatus.DRAFT), page));
        List<Questionnaire> versions =
                allPages(1, page -> questionnaires().list(Optional.of(QuestionnaireStatus.PUBLISHED), page));

        assertThat(all)
                .filteredOn(q -> mine.contains(q.id()))
                .containsExactly(newerDraft, olderDraft, higherVersion, lowerVersion);
        assertThat(all).extracting(Questionnaire::status).as("drafts first").isSorted();
        assertThat(drafts).filteredOn(q -> mine.contains(q.id())).containsExactly(newerDraft, olderDraft);
        assertThat(drafts).allMatch(q -> q.status() == QuestionnaireStatus.DRAFT);
        assertThat(versions).filteredOn(q -> mine.contains(q.id())).containsExactly(higherVersion, lowerVersion);
        assertThat(versions).extracting(q -> q.versionNumber().orElseThrow()).isSortedAccordingTo((a, b) -> b - a);
    }
}
