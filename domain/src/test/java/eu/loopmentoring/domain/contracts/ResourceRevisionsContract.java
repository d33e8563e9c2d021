package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ResourceRevision;
import eu.loopmentoring.domain.resource.ResourceRevisions;
import eu.loopmentoring.domain.resource.ResourceStatus;
import eu.loopmentoring.domain.resource.RevisionKind;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link ResourceRevisions} must do. */
public abstract class ResourceRevisionsContract extends ResourceBankContract {

    protected abstract ResourceRevisions revisions();

    private ResourceRevision revision(LearningResource resource, long version, Optional<UUID> by, String title) {
        ResourceRevision revision = new ResourceRevision(
                resource.id(),
                version,
                version == 0 ? RevisionKind.CREATED : RevisionKind.EDITED,
                by,
                T0.plusSeconds(version),
                ResourceStatus.DRAFT,
                version == 0 ? List.of() : List.of("title", "topics"),
                version == 0 ? Optional.empty() : Optional.of("Revision " + version),
                metadata(title, unique("t-"), "pt"));
        revisions().add(revision);
        return revision;
    }

    @Test
    void aResourcesHistoryIsNewestVersionFirstInKeysetPagesAndAsItWasWritten() {
        Person author = aPerson("Author");
        LearningResource resource = aDraft(author, unique("t-"), T0);
        ResourceRevision v0 = revision(resource, 0, Optional.of(author.id()), "First");
        ResourceRevision v2 = revision(resource, 2, Optional.of(author.id()), "Third");
        ResourceRevision v1 = revision(resource, 1, Optional.empty(), "Second");
        ResourceRevision v3 = revision(resource, 3, Optional.of(author.id()), "Fourth");
        ResourceRevision v4 = revision(resource, 4, Optional.of(author.id()), "Fifth");
        revision(aDraft(author, unique("t-"), T0), 5, Optional.of(author.id()), "Another resource");

        assertThat(allPages(2, page -> revisions().list(resource.id(), page))).containsExactly(v4, v3, v2, v1, v0);
        assertThat(revisions().list(UUID.randomUUID(), PageRequest.first(10)).items())
                .isEmpty();
    }
}
