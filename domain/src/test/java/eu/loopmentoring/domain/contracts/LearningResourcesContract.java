package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.ResourceFacet;
import eu.loopmentoring.domain.resource.ResourceQuery;
import eu.loopmentoring.domain.resource.ResourceSort;
import eu.loopmentoring.domain.resource.ResourceStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What any {@link LearningResources} must do. The listing of published resources is everyone's:
 * each test narrows it to a topic of its own.
 */
public abstract class LearningResourcesContract extends ResourceBankContract {

    private static ResourceQuery aboutTopic(String topic) {
        return ResourceQuery.of(Optional.empty(), Optional.of(ResourceSort.NEWEST), Map.of(ResourceFacet.TOPIC, topic));
    }

    private static final Comparator<LearningResource> NEWEST_PUBLISHED = Comparator.comparing(
                    (LearningResource r) -> r.publishedAt().orElseThrow())
            .thenComparing(r -> r.id().toString())
            .reversed();

    @Test
    void aResourceIsReadBackAloneOrWithOthersAndEachUpdateGivesANewVersion() {
        Person author = aPerson("Author");
        LearningResource draft = aDraft(author, unique("t-"), T0);
        LearningResource other = aDraft(author, unique("t-"), T0);

        assertThat(resources().find(UUID.randomUUID())).isEmpty();
        assertThat(resources().findAll(List.of(draft.id(), other.id(), UUID.randomUUID())))
                .isEqualTo(Map.of(draft.id(), draft, other.id(), other));

        LearningResource submitted = resources().update(draft.submit(T0.plusSeconds(60)));

        assertThat(submitted.version()).isGreaterThan(draft.version());
        assertThat(submitted.status()).isEqualTo(ResourceStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).contains(T0.plusSeconds(60));
        assertThat(resources().find(draft.id())).contains(submitted);
    }

    @Test
    void anAuthorsResourcesAreNewestFirstInKeysetPagesAndNarrowedByStatus() {
        Person author = aPerson("Author");
        String topic = unique("t-");
        List<LearningResource> drafts = List.of(
                aDraft(author, topic, T0.plusSeconds(2)),
                aDraft(author, topic, T0),
                aDraft(author, topic, T0.plusSeconds(1)),
                aDraft(author, topic, T0.plusSeconds(1)));
        LearningResource submitted = resources().update(drafts.get(1).submit(T0.plusSeconds(5)));
        aDraft(aPerson("Someone else"), topic, T0);

        List<LearningResource> all = allPages(2, page -> resources().submittedBy(author.id(), Optional.empty(), page));

        assertThat(all)
                .extracting(LearningResource::id)
                .containsExactlyElementsOf(drafts.stream()
                        .sorted(Comparator.comparing(LearningResource::createdAt)
                                .thenComparing(r -> r.id().toString())
                                .reversed())
                        .map(LearningResource::id)
                        .toList());
        assertThat(allPages(
                        1, page -> resources().submittedBy(author.id(), Optional.of(ResourceStatus.SUBMITTED), page)))
                .containsExactly(submitted);
        assertThat(resources().allSubmittedBy(author.id()))
                .extracting(LearningResource::id)
                .containsExactlyElementsOf(
                        all.stream().map(LearningResource::id).toList());
    }

    @Test
    void theListingHoldsOnlyPublishedResourcesNewestPublishedFirstInKeysetPages() {
        Person author = aPerson("Author");
        String topic = unique("t-");
        List<LearningResource> published = List.of(
                published(author, topic, "pt", T0.plusSeconds(10)),
                published(author, topic, "pt", T0),
                published(author, topic, "et", T0.plusSeconds(20)),
                published(author, topic, "pt", T0.plusSeconds(10)));
        aDraft(author, topic, T0.plusSeconds(30));
        published(author, unique("t-"), "pt", T0.plusSeconds(40));

        List<LearningResource> listed = allPages(2, page -> resources().published(aboutTopic(topic), page));

        assertThat(listed)
                .extracting(LearningResource::id)
                .containsExactlyElementsOf(published.stream()
                        .sorted(NEWEST_PUBLISHED)
                        .map(LearningResource::id)
                        .toList());
    }

    @Test
    void facetsCountThePublishedResourcesThatMatchTheOtherFilters() {
        Person author = aPerson("Author");
        String topic = unique("t-");
        published(author, topic, "pt", T0);
        published(author, topic, "pt", T0.plusSeconds(1));
        published(author, topic, "et", T0.plusSeconds(2));
        aDraft(author, topic, T0);

        Map<ResourceFacet, Map<String, Long>> facets = resources().facets(aboutTopic(topic));
        Map<ResourceFacet, Map<String, Long>> inEstonian = resources()
                .facets(ResourceQuery.of(
                        Optional.empty(),
                        Optional.empty(),
                        Map.of(ResourceFacet.TOPIC, topic, ResourceFacet.LANGUAGE, "et")));

        assertThat(facets.get(ResourceFacet.LANGUAGE)).isEqualTo(Map.of("pt", 2L, "et", 1L));
        assertThat(facets.get(ResourceFacet.TOPIC)).containsEntry(topic, 3L);
        assertThat(inEstonian.get(ResourceFacet.LANGUAGE))
                .as("a facet's own filter does not narrow its counts")
                .isEqualTo(Map.of("pt", 2L, "et", 1L));
        assertThat(inEstonian.get(ResourceFacet.TYPE)).isEqualTo(Map.of("ACTIVITY_PLAN", 1L));
    }
}
