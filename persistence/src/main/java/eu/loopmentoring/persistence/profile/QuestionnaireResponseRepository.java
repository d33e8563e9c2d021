package eu.loopmentoring.persistence.profile;

import eu.loopmentoring.domain.profile.QuestionnaireResponse;
import eu.loopmentoring.domain.profile.QuestionnaireResponses;
import eu.loopmentoring.domain.profile.ResponseStatus;
import eu.loopmentoring.domain.questionnaire.Answer;
import eu.loopmentoring.domain.questionnaire.DimensionScore;
import eu.loopmentoring.domain.questionnaire.DimensionScore.ScoredItem;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.persistence.profile.QuestionnaireAnswerEntity.AnswerDocument;
import eu.loopmentoring.persistence.profile.QuestionnaireScoreEntity.ScoredItemDocument;
import eu.loopmentoring.persistence.shared.Chunks;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import eu.loopmentoring.persistence.shared.RowVersions;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Responses with their answers and scores, each row carrying its dimension. */
@ApplicationScoped
public class QuestionnaireResponseRepository
        implements QuestionnaireResponses, PanacheRepositoryBase<QuestionnaireResponseEntity, UUID> {

    private static final KeysetOrder<QuestionnaireResponseEntity> NEWEST_FIRST =
            KeysetOrder.<QuestionnaireResponseEntity>by()
                    .desc("r.createdAt", QuestionnaireResponseEntity::getCreatedAt, Instant::parse)
                    .desc("r.id", QuestionnaireResponseEntity::getId, UUID::fromString);

    @Override
    public Optional<QuestionnaireResponse> find(UUID id) {
        return findByIdOptional(id).map(this::toDomain);
    }

    @Override
    public Optional<QuestionnaireResponse> draftOf(UUID personId) {
        return find("personId = ?1 and status = ?2", personId, ResponseStatus.DRAFT.name())
                .firstResultOptional()
                .map(this::toDomain);
    }

    @Override
    public List<QuestionnaireResponse> latestSubmitted(UUID personId, int count) {
        return toDomain(find(
                        "personId = ?1 and status = ?2 order by submittedAt desc, id desc",
                        personId,
                        ResponseStatus.SUBMITTED.name())
                .page(0, count)
                .list());
    }

    @Override
    public Map<UUID, List<QuestionnaireResponse>> latestSubmitted(Collection<UUID> personIds, int count) {
        Map<UUID, List<QuestionnaireResponse>> found = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(personIds)) {
            @SuppressWarnings("unchecked")
            List<Object> ids = getEntityManager()
                    .createNativeQuery("select id from (select id, row_number() over (partition by person_id"
                            + " order by submitted_at desc, id desc) as n from questionnaire_response"
                            + " where person_id in (:people) and status = 'SUBMITTED') latest where n <= :count")
                    .setParameter("people", chunk)
                    .setParameter("count", count)
                    .getResultList();
            if (ids.isEmpty()) {
                continue;
            }
            List<UUID> responseIds =
                    ids.stream().map(id -> UUID.fromString(id.toString())).toList();
            toDomain(list("id in ?1 order by submittedAt desc, id desc", responseIds))
                    .forEach(r -> found.computeIfAbsent(r.personId(), k -> new ArrayList<>())
                            .add(r));
        }
        return found;
    }

    @Override
    public Page<QuestionnaireResponse> list(UUID personId, PageRequest page) {
        Conditions mine = Conditions.none().and("r.personId = :person").bind("person", personId);
        Page<QuestionnaireResponseEntity> rows =
                KeysetPages.page(this, "from QuestionnaireResponseEntity r", mine, NEWEST_FIRST, page);
        return new Page<>(toDomain(rows.items()), rows.next());
    }

    @Override
    public List<QuestionnaireResponse> all(UUID personId) {
        return toDomain(list("personId = ?1 order by createdAt desc, id desc", personId));
    }

    @Override
    public boolean add(QuestionnaireResponse response, AnswerDimensions dimensions) {
        // The partial unique index keeps one draft per person, even for concurrent starts. The row
        // takes its status at once (a submission beside a draft is no conflict); store() completes it.
        int inserted = getEntityManager()
                .createNativeQuery("insert into questionnaire_response (id, person_id, questionnaire_id, status,"
                        + " created_at, updated_at, submitted_at, version) values (:id, :person, :questionnaire,"
                        + " :status, :at, :at, case when :status = 'SUBMITTED' then cast(:at as timestamptz) end, 0)"
                        + " on conflict do nothing")
                .setParameter("id", response.id())
                .setParameter("person", response.personId())
                .setParameter("questionnaire", response.questionnaireId())
                .setParameter("status", response.status().name())
                .setParameter("at", response.createdAt())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        store(findById(response.id()), response, dimensions);
        return true;
    }

    @Override
    public Optional<QuestionnaireResponse> update(QuestionnaireResponse response, AnswerDimensions dimensions) {
        QuestionnaireResponseEntity entity =
                RowVersions.lockedCurrent(getEntityManager(), QuestionnaireResponseEntity.class, response.id());
        if (entity == null
                || entity.getVersion() != response.version()
                || !entity.getStatus().equals("DRAFT")) {
            return Optional.empty();
        }
        entity.setVersion(entity.getVersion() + 1);
        store(entity, response, dimensions);
        return Optional.of(toDomain(entity));
    }

    @Override
    public void erase(UUID personId, ProfileDimension dimension) {
        EntityManager em = getEntityManager();
        em.flush();
        for (String table : List.of("questionnaire_answer", "questionnaire_score")) {
            em.createNativeQuery("delete from " + table + " where dimension = :dimension and response_id in"
                            + " (select id from questionnaire_response where person_id = :person)")
                    .setParameter("dimension", dimension.name())
                    .setParameter("person", personId)
                    .executeUpdate();
        }
        em.clear();
    }

    private void store(
            QuestionnaireResponseEntity entity, QuestionnaireResponse response, AnswerDimensions dimensions) {
        EntityManager em = getEntityManager();
        entity.setStatus(response.status().name());
        entity.setTrainingTopics(response.trainingTopics().toArray(String[]::new));
        entity.setUpdatedAt(response.updatedAt());
        entity.setSubmittedAt(response.submittedAt().orElse(null));
        // Removed through the persistence context, which may hold them from an earlier read.
        for (Class<?> rows : List.of(QuestionnaireAnswerEntity.class, QuestionnaireScoreEntity.class)) {
            em.createQuery("from " + rows.getSimpleName() + " r where r.responseId = :id", rows)
                    .setParameter("id", entity.getId())
                    .getResultList()
                    .forEach(em::remove);
        }
        em.flush();
        List<Answer> answers = response.answers();
        for (int i = 0; i < answers.size(); i++) {
            QuestionnaireAnswerEntity row = new QuestionnaireAnswerEntity();
            row.setResponseId(entity.getId());
            row.setItemKey(answers.get(i).itemKey());
            row.setPosition(i);
            row.setDimension(dimensions.of(row.getItemKey()).name());
            row.setAnswer(document(answers.get(i)));
            em.persist(row);
        }
        for (DimensionScore score : response.scores()) {
            QuestionnaireScoreEntity row = new QuestionnaireScoreEntity();
            row.setResponseId(entity.getId());
            row.setDimension(score.dimension().name());
            row.setScore(score.score());
            row.setItems(score.items().stream()
                    .map(item -> new ScoredItemDocument(item.itemKey(), item.value(), item.reversed()))
                    .toList());
            em.persist(row);
        }
        em.flush();
    }

    private QuestionnaireResponse toDomain(QuestionnaireResponseEntity entity) {
        return toDomain(List.of(entity)).get(0);
    }

    /** The responses with their answers and scores, read in three queries whatever their number. */
    private List<QuestionnaireResponse> toDomain(List<QuestionnaireResponseEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        EntityManager em = getEntityManager();
        List<UUID> ids =
                entities.stream().map(QuestionnaireResponseEntity::getId).toList();
        Map<UUID, List<Answer>> answers = em.createQuery(
                        "from QuestionnaireAnswerEntity a where a.responseId in :ids order by a.position",
                        QuestionnaireAnswerEntity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        QuestionnaireAnswerEntity::getResponseId,
                        Collectors.mapping(QuestionnaireResponseRepository::answer, Collectors.toList())));
        Map<UUID, List<DimensionScore>> scores = em.createQuery(
                        "from QuestionnaireScoreEntity s where s.responseId in :ids order by s.dimension",
                        QuestionnaireScoreEntity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        QuestionnaireScoreEntity::getResponseId,
                        Collectors.mapping(QuestionnaireResponseRepository::score, Collectors.toList())));
        return entities.stream()
                .map(entity -> new QuestionnaireResponse(
                        entity.getId(),
                        entity.getPersonId(),
                        entity.getQuestionnaireId(),
                        ResponseStatus.valueOf(entity.getStatus()),
                        answers.getOrDefault(entity.getId(), List.of()),
                        scores.getOrDefault(entity.getId(), List.of()).stream()
                                .sorted(Comparator.comparing(DimensionScore::dimension))
                                .toList(),
                        List.of(entity.getTrainingTopics()),
                        entity.getCreatedAt(),
                        entity.getUpdatedAt(),
                        Optional.ofNullable(entity.getSubmittedAt()),
                        entity.getVersion()))
                .toList();
    }

    private static DimensionScore score(QuestionnaireScoreEntity row) {
        return new DimensionScore(
                ProfileDimension.valueOf(row.getDimension()),
                row.getScore(),
                row.getItems().stream()
                        .map(i -> new ScoredItem(i.itemKey(), i.value(), i.reversed()))
                        .toList());
    }

    private static AnswerDocument document(Answer answer) {
        return switch (answer) {
            case Answer.Likert likert -> new AnswerDocument(likert.value(), null, null, null);
            case Answer.Choice choice -> new AnswerDocument(null, choice.value(), null, null);
            case Answer.Choices choices -> new AnswerDocument(null, null, choices.values(), null);
            case Answer.Text text -> new AnswerDocument(null, null, null, text.value());
        };
    }

    private static Answer answer(QuestionnaireAnswerEntity row) {
        AnswerDocument d = row.getAnswer();
        if (d.likert() != null) {
            return new Answer.Likert(row.getItemKey(), d.likert());
        }
        if (d.choice() != null) {
            return new Answer.Choice(row.getItemKey(), d.choice());
        }
        if (d.choices() != null) {
            return new Answer.Choices(row.getItemKey(), d.choices());
        }
        return new Answer.Text(row.getItemKey(), d.text());
    }
}
