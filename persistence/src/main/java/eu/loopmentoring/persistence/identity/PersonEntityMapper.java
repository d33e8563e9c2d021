package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.Person;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
public interface PersonEntityMapper {

    Person toDomain(PersonEntity entity);

    /** Everything but the identity and the version, which JPA owns. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    void copy(Person person, @MappingTarget PersonEntity entity);

    default Email email(String value) {
        return new Email(value);
    }

    default String email(Email email) {
        return email.value();
    }
}
