package eu.loopmentoring.api.resource;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.json.StrictJson;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ModerationItem;
import eu.loopmentoring.domain.resource.ResourceBank;
import eu.loopmentoring.domain.resource.ResourceFacet;
import eu.loopmentoring.domain.resource.ResourceFeedback;
import eu.loopmentoring.domain.resource.ResourceImportJob;
import eu.loopmentoring.domain.resource.ResourceImports;
import eu.loopmentoring.domain.resource.ResourceModeration;
import eu.loopmentoring.domain.resource.ResourceQuery;
import eu.loopmentoring.domain.resource.ResourceReport;
import eu.loopmentoring.domain.resource.ResourceRevision;
import eu.loopmentoring.domain.resource.Review;
import eu.loopmentoring.domain.resource.recommendation.ResourceRecommender;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.ResourcesApi;
import eu.loopmentoring.openapi.v1.model.CareerStageDto;
import eu.loopmentoring.openapi.v1.model.IscedLevelDto;
import eu.loopmentoring.openapi.v1.model.ModerationDecisionDto;
import eu.loopmentoring.openapi.v1.model.ModerationQueuePageDto;
import eu.loopmentoring.openapi.v1.model.NewResourceReportDto;
import eu.loopmentoring.openapi.v1.model.ProfileDimensionDto;
import eu.loopmentoring.openapi.v1.model.ReportResolutionDto;
import eu.loopmentoring.openapi.v1.model.ResourceChangesDto;
import eu.loopmentoring.openapi.v1.model.ResourceContentDto;
import eu.loopmentoring.openapi.v1.model.ResourcePageDto;
import eu.loopmentoring.openapi.v1.model.ResourceRecommendationsDto;
import eu.loopmentoring.openapi.v1.model.ResourceReviewPageDto;
import eu.loopmentoring.openapi.v1.model.ResourceReviewSubmissionDto;
import eu.loopmentoring.openapi.v1.model.ResourceRevisionPageDto;
import eu.loopmentoring.openapi.v1.model.ResourceSortDto;
import eu.loopmentoring.openapi.v1.model.ResourceStatusDto;
import eu.loopmentoring.openapi.v1.model.ResourceTypeDto;
import eu.loopmentoring.openapi.v1.model.ResourceUseRecordDto;
import eu.loopmentoring.openapi.v1.model.ResourceWithdrawalDto;
import eu.loopmentoring.openapi.v1.model.SchoolDimensionDto;
import eu.loopmentoring.openapi.v1.model.TargetGroupDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/** The resource bank: resources and their moderation, reviews, uses and reports. */
@Path("/") // the generated interfaces carry full paths on their methods
public class ResourcesResourceV1 implements ResourcesApi {

    private final ResourceBank bank;
    private final ResourceFeedback feedback;
    private final ResourceModeration moderation;
    private final ResourceDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;
    private final ResourceRecommender recommender;
    private final ResourceImports imports;
    private final ResourceImportFiles files;
    private final HttpHeaders headers;

    private static final int DEFAULT_RECOMMENDATIONS = 10;

    ResourcesResourceV1(
            ResourceBank bank,
            ResourceFeedback feedback,
            ResourceModeration moderation,
            ResourceDtoMapper mapper,
            Cursors cursors,
            CurrentSubject current,
            ResourceRecommender recommender,
            ResourceImports imports,
            ResourceImportFiles files,
            HttpHeaders headers) {
        this.bank = bank;
        this.feedback = feedback;
        this.moderation = moderation;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
        this.recommender = recommender;
        this.imports = imports;
        this.files = files;
        this.headers = headers;
    }

    /**
     * Every parameter of the listing, in one place: the cursor is scoped to all of them, and the
     * facet counts, when asked for, are of the same query.
     */
    @Override
    @Transactional
    public Response listResources(
            Integer limit,
            String cursor,
            ResourceTypeDto type,
            String language,
            String topic,
            String q,
            ResourceSortDto sort,
            TargetGroupDto targetGroup,
            CareerStageDto careerStage,
            IscedLevelDto schoolLevel,
            ProfileDimensionDto profileDimension,
            SchoolDimensionDto schoolDimension,
            String country,
            String licence,
            Boolean facets) {
        Subject subject = current.require();
        ResourceQuery query = ResourceQuery.of(
                Optional.ofNullable(q),
                Optional.ofNullable(sort).map(mapper::toDomain),
                filters(
                        type,
                        language,
                        topic,
                        targetGroup,
                        careerStage,
                        schoolLevel,
                        profileDimension,
                        schoolDimension,
                        country,
                        licence));
        String scope = Cursors.scope(
                "resources", "q", query.text().orElse(null), "sort", query.sort(), "filters", query.filters());
        ResourcePageDto dto = resources(bank.published(subject, query, cursors.request(limit, cursor, scope)), scope);
        if (Boolean.TRUE.equals(facets)) {
            dto.facets(mapper.toDto(bank.facets(subject, query)));
        }
        return Response.ok(dto).build();
    }

    /**
     * Accepts a file for the import worker ({@link ResourceImportWorker}). The format comes from
     * the content type, CSV or JSON Lines. The route takes any content type (the annotations
     * repeat the interface's but for {@code @Consumes}) so that authentication answers first
     * (401/403) and only then another content type is a 415.
     */
    @Override
    @POST
    @Path("/api/v1/resource-imports")
    @Consumes(MediaType.WILDCARD)
    @Produces({"application/json", "application/problem+json"})
    @Transactional
    @IdempotentCreate
    public Response importResources(String body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Subject subject = current.require();
        ResourceImportJob.Format format = importFormat(headers.getMediaType());
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", "is required: send the resources to import, one per line");
        }
        if (!StrictJson.storable(body)) {
            throw InvalidInputException.of("body", StrictJson.NO_NUL);
        }
        String content = body;
        ResourceImportJob job = imports.start(
                subject, format, content, files.rows(format, content).size());
        return Responses.accepted(
                Route.of(ResourcesApi.class, api -> api.getResourceImport(job.id())), mapper.toDto(job));
    }

    private static ResourceImportJob.Format importFormat(MediaType type) {
        if (type != null && type.isCompatible(MediaType.valueOf("text/csv"))) {
            return ResourceImportJob.Format.CSV;
        }
        if (type != null && type.isCompatible(MediaType.valueOf("application/x-ndjson"))) {
            return ResourceImportJob.Format.JSON_LINES;
        }
        throw new NotSupportedException("An import is text/csv or application/x-ndjson.");
    }

    @Override
    public Response getResourceImport(UUID importId) {
        return Response.ok(mapper.toDto(imports.job(current.require(), importId)))
                .build();
    }

    @Override
    public Response recommendResources(Integer limit) {
        List<ResourceRecommender.Recommended> recommended =
                recommender.forMe(current.require(), limit == null ? DEFAULT_RECOMMENDATIONS : limit);
        var items = recommended.stream().map(mapper::toDto).toList();
        return Response.ok(new ResourceRecommendationsDto().items(items).recommendations(items))
                .build();
    }

    /** The filters by facet; values as the contract spells them (enum values, codes, slugs). */
    private static Map<ResourceFacet, String> filters(
            ResourceTypeDto type,
            String language,
            String topic,
            TargetGroupDto targetGroup,
            CareerStageDto careerStage,
            IscedLevelDto schoolLevel,
            ProfileDimensionDto profileDimension,
            SchoolDimensionDto schoolDimension,
            String country,
            String licence) {
        Map<ResourceFacet, String> filters = new EnumMap<>(ResourceFacet.class);
        BiConsumer<ResourceFacet, Object> put = (facet, value) -> {
            if (value != null) {
                filters.put(facet, value.toString());
            }
        };
        put.accept(ResourceFacet.TYPE, type);
        put.accept(ResourceFacet.LANGUAGE, language);
        put.accept(ResourceFacet.TOPIC, topic);
        put.accept(ResourceFacet.TARGET_GROUP, targetGroup);
        put.accept(ResourceFacet.CAREER_STAGE, careerStage);
        put.accept(ResourceFacet.SCHOOL_LEVEL, schoolLevel);
        put.accept(ResourceFacet.PROFILE_DIMENSION, profileDimension);
        put.accept(ResourceFacet.SCHOOL_DIMENSION, schoolDimension);
        put.accept(ResourceFacet.COUNTRY, country);
        put.accept(ResourceFacet.LICENCE, licence);
        return filters;
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createResource(ResourceContentDto body, String idempotencyKey) {
        LearningResource created = bank.create(current.require(), mapper.toDomain(body));
        return Responses.created(
                Route.of(ResourcesApi.class, api -> api.getResource(created.id())),
                mapper.toDto(created),
                created.version());
    }

    @Override
    public Response getResource(UUID resourceId) {
        return resource(bank.resource(current.require(), resourceId));
    }

    @Override
    @Transactional
    public Response changeResource(UUID resourceId, ResourceChangesDto body, String ifMatch) {
        return resource(
                bank.revise(current.require(), resourceId, Preconditions.ifMatch(ifMatch), mapper.toDomain(body)));
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
        ResourceBank.Decision decision = mapper.toDomain(body.getDecision());
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
    @IdempotentCreate
    public Response reportResource(UUID resourceId, NewResourceReportDto body, String idempotencyKey) {
        ResourceReport report =
                moderation.report(current.require(), resourceId, mapper.toDomain(body.getCategory()), body.getText());
        return Response.status(Response.Status.CREATED)
                .entity(mapper.toDto(report))
                .build();
    }

    @Override
    public Response listMyResources(Integer limit, String cursor, ResourceStatusDto status) {
        Subject subject = current.require();
        String scope = Cursors.scope("my-resources", "person", subject.id(), "status", status);
        return Response.ok(resources(
                        bank.mine(
                                subject,
                                Optional.ofNullable(status).map(mapper::toDomain),
                                cursors.request(limit, cursor, scope)),
                        scope))
                .build();
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

    private ResourcePageDto resources(Page<LearningResource> page, String scope) {
        return new ResourcePageDto()
                .items(page.items().stream().map(mapper::toDto).toList())
                .next(cursors.next(page, scope));
    }

    private Response resource(LearningResource resource) {
        return Responses.ok(mapper.toDto(resource), resource.version());
    }
}
