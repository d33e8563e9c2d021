package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import eu.loopmentoring.persistence.shared.Like;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements People, PanacheRepositoryBase<PersonEntity, UUID> {

    private static final KeysetOrder<PersonEntity> BY_EMAIL = KeysetOrder.<PersonEntity>by()
            .asc("p.email", PersonEntity::getEmail, s -> s)
            .asc("p.id", PersonEntity::getId, UUID::fromString);

    private final PersonEntityMapper mapper;

    PersonRepository(PersonEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Person> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Optional<Person> findByEmail(Email email) {
        return find("email", email.value()).firstResultOptional().map(mapper::toDomain);
    }

    @Override
    public boolean add(Person person) {
        // One statement decides: two concurrent registrations of one email cannot both succeed.
        int inserted = getEntityManager()
                .createNativeQuery("insert into person (id, email, password_hash, display_name, country,"
                        + " preferred_language, platform_roles, created_at, version)"
                        + " values (:id, :email, :hash, :name, :country, :language, cast(:roles as text[]), :createdAt, 0)"
                        + " on conflict (email) do nothing")
                .setParameter("id", person.id())
                .setParameter("email", person.email().value())
                .setParameter("hash", person.passwordHash())
                .setParameter("name", person.displayName())
                .setParameter("country", person.country())
                .setParameter("language", person.preferredLanguage())
                .setParameter(
                        "roles",
                        textArray(
                                person.platformRoles().stream().map(Enum::name).toList()))
                .setParameter("createdAt", person.createdAt())
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public Optional<Person> update(Person person) {
        PersonEntity entity = findById(person.id());
        if (entity == null || entity.getVersion() != person.version()) {
            return Optional.empty();
        }
        mapper.copy(person, entity);
        flush();
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public Page<Person> list(Optional<String> emailPrefix, PageRequest page) {
        Conditions filters = Conditions.none()
                .andIf(
                        emailPrefix.map(p -> Like.prefix(p.trim().toLowerCase())),
                        "p.email like :prefix escape '\\'",
                        "prefix");
        return KeysetPages.page(this, "from PersonEntity p", filters, BY_EMAIL, page)
                .map(mapper::toDomain);
    }

    @Override
    public boolean anyAdministrator() {
        return count("array_contains(platformRoles, 'ADMINISTRATOR')") > 0;
    }

    static String textArray(java.util.List<String> values) {
        return "{" + String.join(",", values) + "}";
    }
}
