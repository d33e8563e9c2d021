package eu.loopmentoring.persistence.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.resource.Audience;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.Rating;
import eu.loopmentoring.domain.resource.ReportCategory;
import eu.loopmentoring.domain.resource.ReportOutcome;
import eu.loopmentoring.domain.resource.ResourceMetadata;
import eu.loopmentoring.domain.resource.ResourceReport;
import eu.loopmentoring.domain.resource.ResourceRevision;
import eu.loopmentoring.domain.resource.ResourceStatus;
import eu.loopmentoring.domain.resource.ResourceType;
import eu.loopmentoring.domain.resource.Review;
import eu.loopmentoring.domain.resource.RevisionKind;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.TargetGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Resources, revisions, reviews and reports between rows and the domain's records. */
@ApplicationScoped
public class ResourceEntityMapper {

    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    LearningResource toDomain(LearningResourceEntity e) {
        ResourceMetadata metadata = new ResourceMetadata(
                e.title,
                e.summary,
                e.description,
                ResourceType.valueOf(e.type),
                e.url,
                List.of(e.languages),
                e.licence,
                new Audience(
                        enums(e.targetGroups, TargetGroup::valueOf),
                        enums(e.careerStages, CareerStage::valueOf),
                        enums(e.schoolLevels, IscedLevel::valueOf)),
                enums(e.profileDimensions, ProfileDimension::valueOf),
                enums(e.schoolDimensions, SchoolDimension::valueOf),
                List.of(e.topics),
                Optional.ofNullable(e.estimatedMinutes),
                List.of(e.authors),
                Optional.ofNullable(e.organizationId),
                Optional.ofNullable(e.country));
        return new LearningResource(
                e.id,
                metadata,
                ResourceStatus.valueOf(e.status),
                Optional.ofNullable(e.submittedBy),
                e.createdAt,
                e.updatedAt,
                Optional.ofNullable(e.submittedAt),
                Optional.ofNullable(e.publishedAt),
                Optional.ofNullable(e.rejectionReason),
                new Rating(e.ratingCount, e.ratingSum),
                e.version);
    }

    LearningResourceEntity toEntity(LearningResource resource) {
        LearningResourceEntity e = new LearningResourceEntity();
        e.id = resource.id();
        e.submittedBy = resource.submittedBy().orElse(null);
        e.createdAt = resource.createdAt();
        e.version = resource.version();
        copy(resource, e);
        return e;
    }

    /** What changes in a resource's life: its content, its status and the moderation's times. */
    void copy(LearningResource resource, LearningResourceEntity e) {
        ResourceMetadata m = resource.metadata();
        e.title = m.title();
        e.summary = m.summary();
        e.description = m.description();
        e.type = m.type().name();
        e.url = m.url();
        e.languages = m.languages().toArray(String[]::new);
        e.licence = m.licence();
        e.targetGroups = names(m.audience().targetGroups());
        e.careerStages = names(m.audience().careerStages());
        e.schoolLevels = names(m.audience().schoolLevels());
        e.profileDimensions = names(m.profileDimensions());
        e.schoolDimensions = names(m.schoolDimensions());
        e.topics = m.topics().toArray(String[]::new);
        e.estimatedMinutes = m.estimatedMinutes().orElse(null);
        e.authors = m.authors().toArray(String[]::new);
        e.organizationId = m.organizationId().orElse(null);
        e.country = m.country().orElse(null);
        e.status = resource.status().name();
        e.updatedAt = resource.updatedAt();
        e.submittedAt = resource.submittedAt().orElse(null);
        e.publishedAt = resource.publishedAt().orElse(null);
        e.rejectionReason = resource.rejectionReason().orElse(null);
    }

    ResourceRevision toDomain(ResourceRevisionEntity e) {
        return new ResourceRevision(
                e.resourceId,
                e.version,
                RevisionKind.valueOf(e.kind),
                Optional.ofNullable(e.changedBy),
                e.changedAt,
                ResourceStatus.valueOf(e.status),
                List.of(e.changedFields),
                Optional.ofNullable(e.note),
                metadata(e.content));
    }

    ResourceRevisionEntity toEntity(ResourceRevision revision) {
        ResourceRevisionEntity e = new ResourceRevisionEntity();
        e.id = UUID.randomUUID();
        e.resourceId = revision.resourceId();
        e.version = revision.version();
        e.kind = revision.kind().name();
        e.changedBy = revision.changedBy().orElse(null);
        e.changedAt = revision.changedAt();
        e.status = revision.status().name();
        e.changedFields = revision.changedFields().toArray(String[]::new);
        e.note = revision.note().orElse(null);
        e.content = content(revision.snapshot());
        return e;
    }

    Review toDomain(ResourceReviewEntity e) {
        return new Review(e.resourceId, e.personId, e.displayName, e.rating, e.comment, e.createdAt, e.updatedAt);
    }

    ResourceReport toDomain(ResourceReportEntity e) {
        Optional<ResourceReport.Resolution> resolution = Optional.ofNullable(e.outcome)
                .map(outcome -> new ResourceReport.Resolution(
                        ReportOutcome.valueOf(outcome), e.note, Optional.ofNullable(e.resolvedBy), e.resolvedAt));
        return new ResourceReport(
                e.id, e.resourceId, e.reporterId, ReportCategory.valueOf(e.category), e.text, e.createdAt, resolution);
    }

    /** The resolution, the only thing that changes in a report. */
    void copy(ResourceReport report, ResourceReportEntity e) {
        report.resolution().ifPresent(r -> {
            e.outcome = r.outcome().name();
            e.note = r.note();
            e.resolvedBy = r.resolvedBy().orElse(null);
            e.resolvedAt = r.resolvedAt();
        });
    }

    private String content(ResourceMetadata m) {
        try {
            return json.writeValueAsString(new ContentDocument(
                    m.title(),
                    m.summary(),
                    m.description(),
                    m.type().name(),
                    m.url(),
                    m.languages(),
                    m.licence(),
                    List.of(names(m.audience().targetGroups())),
                    List.of(names(m.audience().careerStages())),
                    List.of(names(m.audience().schoolLevels())),
                    List.of(names(m.profileDimensions())),
                    List.of(names(m.schoolDimensions())),
                    m.topics(),
                    m.estimatedMinutes().orElse(null),
                    m.authors(),
                    m.organizationId().orElse(null),
                    m.country().orElse(null)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a resource's content cannot be written", e);
        }
    }

    private ResourceMetadata metadata(String content) {
        try {
            ContentDocument d = json.readValue(content, ContentDocument.class);
            return new ResourceMetadata(
                    d.title(),
                    d.summary(),
                    d.description(),
                    ResourceType.valueOf(d.type()),
                    d.url(),
                    d.languages(),
                    d.licence(),
                    new Audience(
                            enums(d.targetGroups(), TargetGroup::valueOf),
                            enums(d.careerStages(), CareerStage::valueOf),
                            enums(d.schoolLevels(), IscedLevel::valueOf)),
                    enums(d.profileDimensions(), ProfileDimension::valueOf),
                    enums(d.schoolDimensions(), SchoolDimension::valueOf),
                    d.topics(),
                    Optional.ofNullable(d.estimatedMinutes()),
                    d.authors(),
                    Optional.ofNullable(d.organizationId()),
                    Optional.ofNullable(d.country()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored revision's content cannot be read", e);
        }
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static <E> Set<E> enums(String[] names, Function<String, E> parse) {
        return enums(names == null ? List.of() : Arrays.asList(names), parse);
    }

    private static <E> Set<E> enums(List<String> names, Function<String, E> parse) {
        return names == null ? Set.of() : names.stream().map(parse).collect(Collectors.toSet());
    }
}
