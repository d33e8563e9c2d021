package eu.loopmentoring.persistence.questionnaire;

import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireStatus;
import eu.loopmentoring.domain.questionnaire.Questionnaires;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class QuestionnaireRepository implements Questionnaires, PanacheRepositoryBase<QuestionnaireEntity, UUID> {

    private static final String DRAFT = QuestionnaireStatus.DRAFT.name();
    private static final String PUBLISHED = QuestionnaireStatus.PUBLISHED.name();
    /** Serialises publications, so that the next version number is never taken twice. */
    private static final long PUBLICATION_LOCK = 0x4c4f4f5000000007L;

    // Drafts sort above every version (coalesce to the largest integer), newest first.
    private static final KeysetOrder<QuestionnaireEntity> NEWEST_FIRST = KeysetOrder.<QuestionnaireEntity>by()
            .desc(
                    "coalesce(q.versionNumber, 2147483647)",
                    e -> e.getVersionNumber() == null ? Integer.MAX_VALUE : e.getVersionNumber(),
                    Integer::valueOf)
            .desc("q.createdAt", QuestionnaireEntity::getCreatedAt, Instant::parse)
            .asc("q.id", QuestionnaireEntity::getId, UUID::fromString);

    private final QuestionnaireEntityMapper mapper;

    QuestionnaireRepository(QuestionnaireEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Questionnaire> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Optional<Questionnaire> findCurrent() {
        return find("status = ?1 order by versionNumber desc", PUBLISHED)
                .firstResultOptional()
                .map(mapper::toDomain);
    }

    @Override
    public Page<Questionnaire> list(Optional<QuestionnaireStatus> status, PageRequest page) {
        Conditions filters = Conditions.none().andIf(status.map(Enum::name), "q.status = :status", "status");
        return KeysetPages.page(this, "from QuestionnaireEntity q", filters, NEWEST_FIRST, page)
                .map(mapper::toDomain);
    }

    @Override
    public void add(Questionnaire draft) {
        persist(mapper.toEntity(draft));
    }

    @Override
    public Optional<Questionnaire> update(Questionnaire draft) {
        QuestionnaireEntity entity = findById(draft.id());
        if (entity == null || !DRAFT.equals(entity.getStatus()) || entity.getRevision() != draft.revision()) {
            return Optional.empty();
        }
        mapper.copy(draft, entity);
        flush();
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public Optional<Questionnaire> publish(UUID draftId, long revision, Instant now) {
        getEntityManager()
                .createNativeQuery("select 1 from pg_advisory_xact_lock(:lock)")
                .setParameter("lock", PUBLICATION_LOCK)
                .getSingleResult();
        QuestionnaireEntity entity = findById(draftId);
        if (entity == null || !DRAFT.equals(entity.getStatus()) || entity.getRevision() != revision) {
            return Optional.empty();
        }
        int next = getEntityManager()
                        .createQuery(
                                "select coalesce(max(q.versionNumber), 0) from QuestionnaireEntity q", Integer.class)
                        .getSingleResult()
                + 1;
        mapper.copy(mapper.toDomain(entity).publish(next, now), entity);
        flush();
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public boolean remove(UUID draftId, long revision) {
        return delete("id = ?1 and revision = ?2 and status = ?3", draftId, revision, DRAFT) == 1;
    }
}
