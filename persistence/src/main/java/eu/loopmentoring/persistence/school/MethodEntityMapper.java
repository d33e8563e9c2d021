package eu.loopmentoring.persistence.school;

import eu.loopmentoring.domain.school.Method;
import eu.loopmentoring.domain.school.TypicalDuration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface MethodEntityMapper {

    @Mapping(target = "typicalDuration", source = ".")
    Method toDomain(MethodEntity entity);

    default TypicalDuration typicalDuration(MethodEntity entity) {
        return new TypicalDuration(entity.getMinimumWeeks(), entity.getMaximumWeeks(), entity.getDurationDescription());
    }
}
