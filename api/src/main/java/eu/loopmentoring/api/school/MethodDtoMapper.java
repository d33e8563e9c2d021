package eu.loopmentoring.api.school;

import eu.loopmentoring.domain.school.Method;
import eu.loopmentoring.domain.school.MethodLevel;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.openapi.v1.model.MethodDto;
import eu.loopmentoring.openapi.v1.model.MethodLevelDto;
import eu.loopmentoring.openapi.v1.model.SchoolDimensionDto;
import org.mapstruct.Mapper;

@Mapper
public interface MethodDtoMapper {

    MethodDto toDto(Method method);

    MethodLevel toDomain(MethodLevelDto level);

    SchoolDimension toDomain(SchoolDimensionDto dimension);
}
