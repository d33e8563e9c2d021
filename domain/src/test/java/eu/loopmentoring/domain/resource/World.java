package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.fakes.InMemoryLearningResources;
import eu.loopmentoring.domain.fakes.InMemoryOrganizationMemberships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryResourceReports;
import eu.loopmentoring.domain.fakes.InMemoryResourceReviews;
import eu.loopmentoring.domain.fakes.InMemoryResourceRevisions;
import eu.loopmentoring.domain.fakes.InMemoryResourceUses;
import eu.loopmentoring.domain.fakes.TickingClock;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The resource bank over in-memory adapters, with people to act in it. */
final class World {

    final TickingClock clock = new TickingClock();
    final InMemoryLearningResources resources = new InMemoryLearningResources();
    final InMemoryResourceRevisions revisions = new InMemoryResourceRevisions();
    final InMemoryResourceReviews reviews = new InMemoryResourceReviews();
    final InMemoryResourceUses uses = new InMemoryResourceUses();
    final InMemoryResourceReports reports = new InMemoryResourceReports();
    final InMemoryOrganizationMemberships memberships =
            new InMemoryOrganizationMemberships(new InMemoryPeople(), new InMemoryOrganizations());
    final ResourceBank bank = new ResourceBank(resources, revisions, memberships, clock);
    final ResourceFeedback feedback = new ResourceFeedback(resources, reviews, uses, clock);
    final ResourceModeration moderation = new ResourceModeration(resources, reports, reports, bank, clock);

    final PersonSubject author = person();
    final PersonSubject stranger = person();
    final PersonSubject moderator = person(PlatformRole.MODERATOR);
    final PersonSubject administrator = person(PlatformRole.ADMINISTRATOR);

    World() {
        resources.reviews = reviews;
        reports.resources = resources;
    }

    static PersonSubject person(PlatformRole... roles) {
        return new PersonSubject(UUID.randomUUID(), Set.of(roles));
    }

    static ResourceMetadata metadata(String title) {
        return new ResourceMetadata(
                title,
                "How mentors welcome new teachers in their first weeks.",
                "## Why\nA structured first month.",
                ResourceType.ACTIVITY_PLAN,
                "https://example.org/induction",
                List.of("pt", "en"),
                "CC-BY-4.0",
                Audience.EVERYONE,
                Set.of(ProfileDimension.COMMUNICATION_SKILLS),
                Set.of(),
                List.of("induction", "mentoring"),
                Optional.of(45),
                List.of("Ana Costa"),
                Optional.empty(),
                Optional.empty());
    }

    /** {@code m} with other languages, authors, organisation and country. */
    static ResourceMetadata with(
            ResourceMetadata m,
            List<String> languages,
            List<String> authors,
            Optional<UUID> organizationId,
            Optional<String> country) {
        return new ResourceMetadata(
                m.title(),
                m.summary(),
                m.description(),
                m.type(),
                m.url(),
                languages,
                m.licence(),
                m.audience(),
                m.profileDimensions(),
                m.schoolDimensions(),
                m.topics(),
                m.estimatedMinutes(),
                authors,
                organizationId,
                country);
    }

    LearningResource draft() {
        return bank.create(author, metadata("Welcoming new teachers"));
    }

    LearningResource submitted() {
        return bank.submit(author, draft().id());
    }

    LearningResource published() {
        return bank.moderate(moderator, submitted().id(), ResourceBank.Decision.PUBLISH, Optional.empty());
    }

    static ResourceChanges titled(String title) {
        return new ResourceChanges(
                Optional.of(title),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
