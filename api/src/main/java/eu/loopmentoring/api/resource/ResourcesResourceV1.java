package eu.loopmentoring.api.resource;

import eu.loopmentoring.api.platform.http.EntityTags;
import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.idempotency.Idempotency;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ModerationItem;
import eu.loopmentoring.domain.resource.ResourceBank;
import eu.loopmentoring.domain.resource.ResourceFeedback;
import eu.loopmentoring.domain.resource.ResourceModeration;
import eu.loopmentoring.domain.resource.ResourceQuery;
import eu.loopmentoring.domain.resource.ResourceReport;
import eu.loopmentoring.domain.resource.ResourceRevision;
import eu.loopmentoring.domain.resource.Review;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.ResourcesApi;
import eu.loopmentoring.openapi.v1.model.ModerationDecisionDto;
import eu.loopmentoring.openapi.v1.model.ModerationQueuePageDto;
import eu.loopmentoring.openapi.v1.model.NewResourceReportDto;
import eu.loopmentoring.openapi.v1.model.ReportResolutionDto;
import eu.loopmentoring.openapi.v1.model.ResourceChangesDto;
import eu.loopmentoring.openapi.v1.model.ResourceContentDto;
import eu.loopmentoring.openapi.v1.model.ResourcePageDto;
import eu.loopmentoring.openapi.v1.model.ResourceReviewPageDto;
import eu.loopmentoring.openapi.v1.model.ResourceReviewSubmissionDto;
import eu.loopmentoring.openapi.v1.model.ResourceRevisionPageDto;
import eu.loopmentoring.openapi.v1.model.ResourceStatusDto;
import eu.loopmentoring.openapi.v1.model.ResourceTypeDto;
import eu.loopmentoring.openapi.v1.model.ResourceUseRecordDto;
import eu.loopmentoring.openapi.v1.model.ResourceWithdrawalDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** The resource bank: resources and their moderation, reviews, uses and reports. */
@Path("/") // the generated interfaces carry full paths on their methods
public class ResourcesResourceV1 implements ResourcesApi {

    private final ResourceBank bank;
    private final ResourceFeedback feedback;
    private final ResourceModeration moderation;
    private final ResourceDtoMapper mapper;
    private final Idempotency idempotency;
    private final Cursors cursors;
    private final CurrentSubject current;

    ResourcesResourceV1(
            ResourceBank bank,
            ResourceFeedback feedback,
            ResourceModeration moderation,
            ResourceDtoMapper mapper,
            Idempotency idempotency,
            Cursors cursors,
            CurrentSubject current) {
        this.bank = bank;
        this.feedback = feedback;
        this.moderation = moderation;
        this.mapper = mapper;
        this.idempotency = idempotency;
        this.cursors = cursors;
        this.current = current;
    }

    /** Every parameter of the listing, in one place: search adds its own here and in {@link ResourceQuery}. */
    @Override
    public Response listResources(Integer limit, String cursor, ResourceTypeDto type, String language, String topic) {
        String scope = Cursors.scope("resources", "type", type, "language", language, "topic", topic);
        ResourceQuery query = new ResourceQuery(
                Optional.ofNullable(type).map(mapper::toDomain),
                Optional.ofNullable(language),
                Optional.ofNullable(topic));
        return resources(bank.published(current.require(), query, cursors.request(limit, cursor, scope)), scope);
    }

    @Override
    @Transactional
    public Response createResource(ResourceContentDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "createResource", body, () -> {
            LearningResource created = bank.create(subject, mapper.toDomain(body));
            return Response.created(URI.create("/api/v1/resources/" + created.id()))
                    .entity(mapper.toDto(created))
                    .tag(EntityTags.of(created.version()))
                    .build();
        });
    }

    @Override
    public Response getResource(UUID resourceId) {
        return resource(bank.resource(current.require(), resourceId));
    }

    @Override
    @Transactional
    public Response changeResource(UUID resourceId, ResourceChangesDto body, String ifMatch) {
        Subject subject = current.require();
        bank.resourceToRevise(subject, resourceId); // who may, and whether it exists, before If-Match
        long expected = Preconditions.expectedVersion(ifMatch);
        return resource(bank.revise(subject, resourceId, expected, mapper.toDomain(body)));
    }

    @Override
    public Response listResourceRevisions(UUID resourceId, Integer limit, String cursor) {
        String scope = Cursors.scope("resource-revisions", "resource", resourceId);
        Page<ResourceRevision> page =
                bank.revisions(current.require(), resourceId, cursors.request(limit, cursor, scope));
        return Response.ok(new ResourceRevisionPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    public Response submitResource(UUID resourceId) {
        return resource(bank.submit(current.require(), resourceId));
    }

    @Override
    @Transactional
    public Response moderateResource(UUID resourceId, ModerationDecisionDto body) {
        ResourceBank.Decision decision =
                ResourceBank.Decision.valueOf(body.getDecision().name());
        return resource(bank.moderate(current.require(), resourceId, decision, Optional.ofNullable(body.getReason())));
    }

    @Override
    @Transactional
    public Response withdrawResource(UUID resourceId, ResourceWithdrawalDto body) {
        return resource(bank.withdraw(current.require(), resourceId, Optional.ofNullable(body.getReason())));
    }

    @Override
    public Response listResourceReviews(UUID resourceId, Integer limit, String cursor) {
        String scope = Cursors.scope("resource-reviews", "resource", resourceId);
        Page<Review> page = feedback.reviews(current.require(), resourceId, cursors.request(limit, cursor, scope));
        return Response.ok(new ResourceReviewPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    public Response putMyResourceReview(UUID resourceId, ResourceReviewSubmissionDto body) {
        String comment = body.getComment() == null ? "" : body.getComment();
        Review review = feedback.review(current.require(), resourceId, body.getRating(), comment);
        return Response.ok(mapper.toDto(review)).build();
    }

    @Override
    @Transactional
    public Response deleteMyResourceReview(UUID resourceId) {
        feedback.removeReview(current.require(), resourceId);
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response recordResourceUse(UUID resourceId, ResourceUseRecordDto body) {
        feedback.recordUse(current.require(), resourceId, mapper.toDomain(body.getKind()));
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response reportResource(UUID resourceId, NewResourceReportDto body, String idempotencyKey) {
        Subject subject = current.require();
        Object request = java.util.List.of(resourceId, body);
        return idempotency.once(idempotencyKey, subject.id().toString(), "reportResource", request, () -> {
            ResourceReport report =
                    moderation.report(subject, resourceId, mapper.toDomain(body.getCategory()), body.getText());
            return Response.status(Response.Status.CREATED)
                    .entity(mapper.toDto(report))
                    .build();
        });
    }

    @Override
    public Response listMyResources(Integer limit, String cursor, ResourceStatusDto status) {
        Subject subject = current.require();
        String scope = Cursors.scope("my-resources", "person", subject.id(), "status", status);
        return resources(
                bank.mine(
                        subject,
                        Optional.ofNullable(status).map(mapper::toDomain),
                        cursors.request(limit, cursor, scope)),
                scope);
    }

    @Override
    public Response listModerationQueue(Integer limit, String cursor) {
        String scope = Cursors.scope("moderation-queue");
        Page<ModerationItem> page = moderation.queue(current.require(), cursors.request(limit, cursor, scope));
        return Response.ok(new ModerationQueuePageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    public Response resolveResourceReport(UUID reportId, ReportResolutionDto body) {
        ResourceReport resolved =
                moderation.resolve(current.require(), reportId, mapper.toDomain(body.getOutcome()), body.getNote());
        return Response.ok(mapper.toDto(resolved)).build();
    }

    private Response resources(Page<LearningResource> page, String scope) {
        return Response.ok(new ResourcePageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    private Response resource(LearningResource resource) {
        return Response.ok(mapper.toDto(resource))
                .tag(EntityTags.of(resource.version()))
                .build();
    }
}
