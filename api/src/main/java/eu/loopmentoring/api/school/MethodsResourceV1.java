package eu.loopmentoring.api.school;

import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.domain.school.Method;
import eu.loopmentoring.domain.school.MethodCatalog;
import eu.loopmentoring.domain.school.MethodFilter;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.openapi.v1.api.MethodsApi;
import eu.loopmentoring.openapi.v1.model.MethodLevelDto;
import eu.loopmentoring.openapi.v1.model.MethodPageDto;
import eu.loopmentoring.openapi.v1.model.SchoolDimensionDto;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** The iHub4Schools methods toolbox: public reference material. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MethodsResourceV1 implements MethodsApi {

    private final MethodCatalog catalog;
    private final MethodDtoMapper mapper;
    private final Cursors cursors;

    MethodsResourceV1(MethodCatalog catalog, MethodDtoMapper mapper, Cursors cursors) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.cursors = cursors;
    }

    @Override
    public Response listMethods(Integer limit, String cursor, MethodLevelDto level, SchoolDimensionDto dimension) {
        String scope = Cursors.scope("methods", "level", level, "dimension", dimension);
        MethodFilter filter = new MethodFilter(
                Optional.ofNullable(level).map(mapper::toDomain),
                Optional.ofNullable(dimension).map(mapper::toDomain));
        Page<Method> page = catalog.browse(filter, cursors.request(limit, cursor, scope));
        return Response.ok(new MethodPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    public Response getMethod(UUID methodId, String ifNoneMatch) {
        Method method = catalog.get(methodId);
        return Responses.ok(mapper.toDto(method), method.version(), ifNoneMatch);
    }
}
