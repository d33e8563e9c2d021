package eu.loopmentoring.api.profile;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.api.questionnaire.QuestionnaireDtoMapper;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.profile.ProfileView;
import eu.loopmentoring.domain.profile.QuestionnaireAnswering;
import eu.loopmentoring.domain.profile.QuestionnaireResponse;
import eu.loopmentoring.domain.profile.SpecialCategoryConsent;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.ProfilesApi;
import eu.loopmentoring.openapi.v1.model.ConsentGrantDto;
import eu.loopmentoring.openapi.v1.model.ConsentPurposeDto;
import eu.loopmentoring.openapi.v1.model.NewQuestionnaireResponseDto;
import eu.loopmentoring.openapi.v1.model.ProfileChangesDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireResponseChangesDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireResponsePageDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Participant profiles: the owner's own, other people's as far as their owners show them, the
 * questionnaire responses they are computed from, and consent for special-category data.
 */
@Path("/") // the generated interfaces carry full paths on their methods
public class ProfilesResourceV1 implements ProfilesApi {

    private final ParticipantProfiles profiles;
    private final QuestionnaireAnswering answering;
    private final SpecialCategoryConsent consent;
    private final ProfileDtoMapper mapper;
    private final QuestionnaireDtoMapper questionnaireMapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    ProfilesResourceV1(
            ParticipantProfiles profiles,
            QuestionnaireAnswering answering,
            SpecialCategoryConsent consent,
            ProfileDtoMapper mapper,
            QuestionnaireDtoMapper questionnaireMapper,
            Cursors cursors,
            CurrentSubject current) {
        this.profiles = profiles;
        this.answering = answering;
        this.consent = consent;
        this.mapper = mapper;
        this.questionnaireMapper = questionnaireMapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response getMyProfile() {
        return own(profiles.mine(current.require()));
    }

    @Override
    @Transactional
    public Response changeMyProfile(ProfileChangesDto body, String ifMatch) {
        return own(profiles.change(current.require(), Preconditions.ifMatch(ifMatch), mapper.toDomain(body)));
    }

    @Override
    public Response getProfile(UUID personId) {
        return Response.ok(mapper.toDto(profiles.view(current.require(), personId)))
                .build();
    }

    @Override
    public Response listMyQuestionnaireResponses(Integer limit, String cursor) {
        Subject subject = current.require();
        String scope = Cursors.scope("questionnaire-responses", "person", subject.id());
        Page<QuestionnaireResponse> page = answering.responses(subject, cursors.request(limit, cursor, scope));
        return Response.ok(new QuestionnaireResponsePageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createMyQuestionnaireResponse(NewQuestionnaireResponseDto body, String idempotencyKey) {
        QuestionnaireResponse created = answering.start(
                current.require(),
                body.getQuestionnaireId(),
                questionnaireMapper.toDomain(body.getAnswers()),
                Boolean.TRUE.equals(body.getSubmit()));
        return Responses.created(
                Route.of(ProfilesApi.class, api -> api.getMyQuestionnaireResponse(created.id())),
                mapper.toDto(created),
                created.version());
    }

    @Override
    public Response getMyQuestionnaireResponse(UUID responseId) {
        return response(answering.response(current.require(), responseId));
    }

    @Override
    @Transactional
    public Response continueMyQuestionnaireResponse(
            UUID responseId, QuestionnaireResponseChangesDto body, String ifMatch) {
        return response(answering.proceed(
                current.require(),
                responseId,
                Preconditions.ifMatch(ifMatch),
                questionnaireMapper.toDomain(body.getAnswers()),
                Boolean.TRUE.equals(body.getSubmit())));
    }

    @Override
    public Response listMyConsents() {
        Subject subject = current.require();
        return Response.ok(mapper.toDto(consent.states(subject), consent.history(subject)))
                .build();
    }

    @Override
    @Transactional
    public Response giveMyConsent(ConsentPurposeDto purpose, ConsentGrantDto body) {
        return Response.ok(
                        mapper.toDto(consent.give(current.require(), mapper.toDomain(purpose), body.getTextVersion())))
                .build();
    }

    @Override
    @Transactional
    public Response withdrawMyConsent(ConsentPurposeDto purpose) {
        consent.withdraw(current.require(), mapper.toDomain(purpose));
        return Response.noContent().build();
    }

    private Response response(QuestionnaireResponse response) {
        return Responses.ok(mapper.toDto(response), response.version());
    }

    private Response own(ProfileView view) {
        return Responses.ok(mapper.toOwnDto(view), view.profile().version());
    }
}
