package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.api.resource.ResourceDtoMapper;
import eu.loopmentoring.domain.learningpath.LearningPath;
import eu.loopmentoring.domain.learningpath.LearningPathCatalog;
import eu.loopmentoring.domain.learningpath.PathFilter;
import eu.loopmentoring.domain.learningpath.PathStatus;
import eu.loopmentoring.domain.learningpath.PathSuggester;
import eu.loopmentoring.domain.resource.SearchWords;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.openapi.v1.api.LearningPathsApi;
import eu.loopmentoring.openapi.v1.model.CareerStageDto;
import eu.loopmentoring.openapi.v1.model.LearningPathContentDto;
import eu.loopmentoring.openapi.v1.model.LearningPathPageDto;
import eu.loopmentoring.openapi.v1.model.LearningPathStatusDto;
import eu.loopmentoring.openapi.v1.model.ProfileDimensionDto;
import eu.loopmentoring.openapi.v1.model.SchoolDimensionDto;
import eu.loopmentoring.openapi.v1.model.TargetGroupDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Learning path templates: drafts their authors edit, and published versions that never change. */
@Path("/") // the generated interfaces carry full paths on their methods
public class LearningPathsResourceV1 implements LearningPathsApi {

    private final LearningPathCatalog catalog;
    private final PathSuggester suggester;
    private final LearningPathDtoMapper mapper;
    private final ResourceDtoMapper resourceMapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    LearningPathsResourceV1(
            LearningPathCatalog catalog,
            PathSuggester suggester,
            LearningPathDtoMapper mapper,
            ResourceDtoMapper resourceMapper,
            Cursors cursors,
            CurrentSubject current) {
        this.catalog = catalog;
        this.suggester = suggester;
        this.mapper = mapper;
        this.resourceMapper = resourceMapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response getMyLearningPathSuggestion() {
        return Response.ok(mapper.toDto(suggester.forMe(current.require()), resourceMapper))
                .build();
    }

    @Override
    public Response listLearningPaths(
            Integer limit,
            String cursor,
            String q,
            LearningPathStatusDto status,
            ProfileDimensionDto profileDimension,
            SchoolDimensionDto schoolDimension,
            CareerStageDto careerStage,
            TargetGroupDto targetGroup,
            String language,
            String topic,
            UUID coalitionId,
            UUID organizationId) {
        PathFilter filter = new PathFilter(
                Optional.ofNullable(status).map(mapper::toDomain).orElse(PathStatus.PUBLISHED),
                Optional.ofNullable(q).map(SearchWords::plain),
                Optional.ofNullable(profileDimension).map(mapper::toDomain),
                Optional.ofNullable(schoolDimension).map(mapper::toDomain),
                Optional.ofNullable(careerStage).map(mapper::toDomain),
                Optional.ofNullable(targetGroup).map(mapper::toDomain),
                Optional.ofNullable(language),
                Optional.ofNullable(topic),
                Optional.ofNullable(coalitionId),
                Optional.ofNullable(organizationId));
        String scope = Cursors.scope("learning-paths", "filter", filter);
        Page<LearningPath> page = catalog.list(current.require(), filter, cursors.request(limit, cursor, scope));
        Set<UUID> unavailable = catalog.unavailableResources(page.items());
        return Response.ok(new LearningPathPageDto()
                        .items(page.items().stream()
                                .map(p -> mapper.toDto(p, unavailable))
                                .toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createLearningPath(LearningPathContentDto body, String idempotencyKey) {
        return created(catalog.create(current.require(), mapper.toDomain(body)));
    }

    @Override
    public Response getLearningPath(UUID pathId) {
        return path(catalog.path(current.require(), pathId));
    }

    @Override
    @Transactional
    public Response replaceLearningPathDraft(UUID pathId, LearningPathContentDto body, String ifMatch) {
        return path(catalog.replace(current.require(), pathId, Preconditions.ifMatch(ifMatch), mapper.toDomain(body)));
    }

    @Override
    @Transactional
    public Response deleteLearningPathDraft(UUID pathId, String ifMatch) {
        catalog.delete(current.require(), pathId, Preconditions.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response publishLearningPath(UUID pathId, String ifMatch) {
        return path(catalog.publish(current.require(), pathId, Preconditions.ifMatch(ifMatch)));
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response startNextLearningPathVersion(UUID pathId, String idempotencyKey) {
        return created(catalog.nextVersion(current.require(), pathId));
    }

    private Response path(LearningPath path) {
        return Responses.ok(mapper.toDto(path, catalog.unavailableResources(List.of(path))), path.version());
    }

    private Response created(LearningPath path) {
        return Responses.created(
                Route.of(LearningPathsApi.class, api -> api.getLearningPath(path.id())),
                mapper.toDto(path, catalog.unavailableResources(List.of(path))),
                path.version());
    }
}
