package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.ClosingFeedback;
import eu.loopmentoring.domain.mentoring.ClosingFeedbacks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClosingFeedbackRepository
        implements ClosingFeedbacks, PanacheRepositoryBase<ClosingFeedbackEntity, ClosingFeedbackEntity.Key> {

    private final MentoringContentMapper mapper;

    ClosingFeedbackRepository(MentoringContentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<ClosingFeedback> find(UUID relationshipId, UUID authorId) {
        return findByIdOptional(new ClosingFeedbackEntity.Key(relationshipId, authorId))
                .map(mapper::toDomain);
    }

    @Override
    public ClosingFeedback put(ClosingFeedback feedback) {
        ClosingFeedbackEntity entity =
                findById(new ClosingFeedbackEntity.Key(feedback.relationshipId(), feedback.authorId()));
        if (entity == null) {
            entity = new ClosingFeedbackEntity();
            mapper.copy(feedback, entity);
            persist(entity);
        } else {
            mapper.copy(feedback, entity);
        }
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public List<ClosingFeedback> of(UUID authorId) {
        return list("authorId = ?1 order by submittedAt, relationshipId", authorId).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
