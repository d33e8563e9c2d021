package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringSession;
import eu.loopmentoring.domain.mentoring.MentoringSessions;
import eu.loopmentoring.domain.mentoring.PrivateNote;
import eu.loopmentoring.domain.mentoring.RelationshipItems;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentoringSessionRepository
        implements MentoringSessions,
                ComposedRelationshipItems<MentoringSession>,
                PanacheRepositoryBase<MentoringSessionEntity, UUID> {

    private static final KeysetOrder<MentoringSessionEntity> EARLIEST = KeysetOrder.<MentoringSessionEntity>by()
            .asc("e.startsAt", MentoringSessionEntity::getStartsAt, Instant::parse)
            .asc("e.id", MentoringSessionEntity::getId, UUID::fromString);

    private final MentoringContentMapper mapper;
    private final RelationshipItems<MentoringSession> items;

    MentoringSessionRepository(MentoringContentMapper mapper) {
        this.mapper = mapper;
        this.items = new RelationshipItemRows<>(
                this,
                MentoringSessionEntity.class,
                EARLIEST,
                MentoringSession::id,
                MentoringSessionEntity::new,
                mapper::copy,
                mapper::toDomain);
    }

    @Override
    public RelationshipItems<MentoringSession> items() {
        return items;
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
            entity.setSessionId(note.sessionId());
            entity.setAuthorId(note.authorId());
        }
        mapper.copy(note, entity);
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
