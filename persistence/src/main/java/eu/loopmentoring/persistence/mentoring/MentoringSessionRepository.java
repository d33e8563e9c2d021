package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringSession;
import eu.loopmentoring.domain.mentoring.MentoringSessions;
import eu.loopmentoring.domain.mentoring.PrivateNote;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentoringSessionRepository
        implements MentoringSessions, PanacheRepositoryBase<MentoringSessionEntity, UUID> {

    private static final KeysetOrder<MentoringSessionEntity> OLDEST = KeysetOrder.<MentoringSessionEntity>by()
            .asc("e.startsAt", e -> e.startsAt, Instant::parse)
            .asc("e.id", e -> e.id, UUID::fromString);

    private final MentoringContentMapper mapper;

    MentoringSessionRepository(MentoringContentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<MentoringSession> find(UUID relationshipId, UUID id) {
        return findByIdOptional(id)
                .filter(e -> e.relationshipId.equals(relationshipId))
                .map(mapper::toDomain);
    }

    @Override
    public MentoringSession add(MentoringSession session) {
        MentoringSessionEntity entity = new MentoringSessionEntity();
        mapper.copy(session, entity);
        persist(entity);
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public MentoringSession update(MentoringSession session) {
        MentoringSessionEntity entity = findById(session.id());
        mapper.copy(session, entity);
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        flush();
    }

    @Override
    public Page<MentoringSession> of(UUID relationshipId, PageRequest page) {
        Conditions filters = Conditions.none().and("e.relationshipId = :key").bind("key", relationshipId);
        return KeysetPages.page(this, "from MentoringSessionEntity e", filters, OLDEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<MentoringSession> ofRelationships(List<UUID> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        return list("relationshipId in ?1 order by startsAt, id", relationshipIds).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public Optional<PrivateNote> note(UUID sessionId, UUID authorId) {
        return Optional.ofNullable(getEntityManager()
                        .find(PrivateNoteEntity.class, new PrivateNoteEntity.Key(sessionId, authorId)))
                .map(mapper::toDomain);
    }

    @Override
    public PrivateNote putNote(PrivateNote note) {
        PrivateNoteEntity entity = getEntityManager()
                .find(PrivateNoteEntity.class, new PrivateNoteEntity.Key(note.sessionId(), note.authorId()));
        boolean created = entity == null;
        if (created) {
            entity = new PrivateNoteEntity();
            entity.sessionId = note.sessionId();
            entity.authorId = note.authorId();
        }
        entity.text = note.text();
        entity.updatedAt = note.updatedAt();
        if (created) {
            getEntityManager().persist(entity);
        }
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public List<PrivateNote> notesOf(UUID authorId) {
        return getEntityManager()
                .createQuery(
                        "from PrivateNoteEntity n where n.authorId = :author order by n.updatedAt, n.sessionId",
                        PrivateNoteEntity.class)
                .setParameter("author", authorId)
                .getResultStream()
                .map(mapper::toDomain)
                .toList();
    }
}
