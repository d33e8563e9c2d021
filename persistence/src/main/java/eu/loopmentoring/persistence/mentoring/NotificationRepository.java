package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.mentoring.Notifications;
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
public class NotificationRepository implements Notifications, PanacheRepositoryBase<NotificationEntity, UUID> {

    private static final KeysetOrder<NotificationEntity> NEWEST = KeysetOrder.<NotificationEntity>by()
            .desc("n.createdAt", NotificationEntity::getCreatedAt, Instant::parse)
            .desc("n.id", NotificationEntity::getId, UUID::fromString);

    private final MentoringEntityMapper mapper;

    NotificationRepository(MentoringEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(Notification notification) {
        NotificationEntity entity = new NotificationEntity();
        mapper.copy(notification, entity);
        persist(entity);
    }

    @Override
    public Optional<Notification> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Notification update(Notification notification) {
        NotificationEntity entity = findById(notification.id());
        mapper.copy(notification, entity);
        return mapper.toDomain(entity);
    }

    @Override
    public Page<Notification> of(UUID recipient, boolean unreadOnly, PageRequest page) {
        Conditions filters = Conditions.none().and("n.recipientId = :recipient").bind("recipient", recipient);
        if (unreadOnly) {
            filters = filters.and("n.readAt is null");
        }
        return KeysetPages.page(this, "from NotificationEntity n", filters, NEWEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<Notification> allOf(UUID recipient) {
        return list("recipientId = ?1 order by createdAt desc, id desc", recipient).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
