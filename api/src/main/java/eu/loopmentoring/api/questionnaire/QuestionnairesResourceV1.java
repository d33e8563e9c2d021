package eu.loopmentoring.api.questionnaire;

import eu.loopmentoring.api.platform.http.EntityTags;
import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireCatalog;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.openapi.v1.api.QuestionnairesApi;
import eu.loopmentoring.openapi.v1.model.NewQuestionnaireDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireContentDto;
import eu.loopmentoring.openapi.v1.model.QuestionnairePageDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireStatusDto;
import eu.loopmentoring.openapi.v1.model.ScoringPreviewRequestDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** The versioned profile questionnaire: read by everyone, prepared and published by administrators. */
@Path("/") // the generated interfaces carry full paths on their methods
public class QuestionnairesResourceV1 implements QuestionnairesApi {

    private final QuestionnaireCatalog catalog;
    private final QuestionnaireDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    QuestionnairesResourceV1(
            QuestionnaireCatalog catalog, QuestionnaireDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listQuestionnaires(Integer limit, String cursor, QuestionnaireStatusDto status) {
        String scope = Cursors.scope("questionnaires", "status", status);
        Page<Questionnaire> page = catalog.list(
                current.require(),
                Optional.ofNullable(status).map(mapper::toDomain),
                cursors.request(limit, cursor, scope));
        return Response.ok(new QuestionnairePageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createQuestionnaire(NewQuestionnaireDto body, String idempotencyKey) {
        Questionnaire created = catalog.create(
                current.require(), Optional.ofNullable(body.getBasedOn()), Optional.ofNullable(body.getTitle()));
        return Responses.created(
                Route.of(QuestionnairesApi.class, api -> api.getQuestionnaire(created.id(), null)),
                mapper.toDto(created),
                created.revision());
    }

    @Override
    public Response getCurrentQuestionnaire(String ifNoneMatch) {
        current.require();
        Questionnaire questionnaire = catalog.current();
        // Tagged by version number: the current questionnaire changes by being replaced, and a
        // published version never changes.
        EntityTag tag = new EntityTag("v" + questionnaire.versionNumber().orElseThrow());
        if (EntityTags.notModified(ifNoneMatch, tag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(mapper.toDto(questionnaire)).tag(tag).build();
    }

    @Override
    public Response getQuestionnaire(UUID questionnaireId, String ifNoneMatch) {
        Questionnaire questionnaire = catalog.get(current.require(), questionnaireId);
        return Responses.ok(mapper.toDto(questionnaire), questionnaire.revision(), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response replaceQuestionnaire(UUID questionnaireId, QuestionnaireContentDto body, String ifMatch) {
        return questionnaire(catalog.replace(
                current.require(), questionnaireId, Preconditions.ifMatch(ifMatch), mapper.toDomain(body)));
    }

    @Override
    @Transactional
    public Response deleteQuestionnaire(UUID questionnaireId, String ifMatch) {
        catalog.delete(current.require(), questionnaireId, Preconditions.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response publishQuestionnaire(UUID questionnaireId) {
        return questionnaire(catalog.publish(current.require(), questionnaireId));
    }

    @Override
    public Response previewQuestionnaireScoring(UUID questionnaireId, ScoringPreviewRequestDto body) {
        return Response.ok(mapper.toDto(catalog.preview(
                        current.require(),
                        questionnaireId,
                        mapper.toDomain(body.getAnswers()),
                        Boolean.TRUE.equals(body.getComplete()))))
                .build();
    }

    private Response questionnaire(Questionnaire questionnaire) {
        return Responses.ok(mapper.toDto(questionnaire), questionnaire.revision());
    }
}
