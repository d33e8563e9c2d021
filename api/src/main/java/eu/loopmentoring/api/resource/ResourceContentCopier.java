package eu.loopmentoring.api.resource;

import eu.loopmentoring.openapi.v1.model.ResourceContentDto;
import eu.loopmentoring.openapi.v1.model.ResourceDto;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/** The content properties, which a resource shares with a new resource and a revision, copied by name. */
@Mapper
public interface ResourceContentCopier {

    /** The server-set properties of {@code resource} are left to the caller. */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    void copy(ResourceContentDto content, @MappingTarget ResourceDto resource);
}
