package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.OfferFilter;
import eu.loopmentoring.domain.mentoring.Offering;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.MentorOffersApi;
import eu.loopmentoring.openapi.v1.model.IscedLevelDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringFormatDto;
import eu.loopmentoring.openapi.v1.model.MentoringModeDto;
import eu.loopmentoring.openapi.v1.model.NewMentorOfferDto;
import eu.loopmentoring.openapi.v1.model.ProfileDimensionDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** Mentor offers: a person offers to mentor, once, and changes, pauses or resumes the offer. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentorOffersResourceV1 implements MentorOffersApi {

    private final Offering offering;
    private final MentoringDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    MentorOffersResourceV1(Offering offering, MentoringDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.offering = offering;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listMentorOffers(
            Integer limit,
            String cursor,
            Boolean mine,
            String language,
            MentoringFormatDto format,
            MentoringModeDto mode,
            ProfileDimensionDto profileDimension,
            String subject,
            IscedLevelDto schoolLevel) {
        Subject caller = current.require();
        boolean own = Boolean.TRUE.equals(mine);
        String scope = Cursors.scope(
                "mentor-offers",
                "viewer",
                caller.id(),
                "mine",
                own,
                "language",
                language,
                "format",
                format,
                "mode",
                mode,
                "profileDimension",
                profileDimension,
                "subject",
                subject,
                "schoolLevel",
                schoolLevel);
        OfferFilter filter = new OfferFilter(
                own,
                Optional.ofNullable(language),
                Optional.ofNullable(format).map(mapper::toDomain),
                Optional.ofNullable(mode).map(mapper::toDomain),
                Optional.ofNullable(profileDimension).map(mapper::toDomain),
                Optional.ofNullable(subject),
                Optional.ofNullable(schoolLevel).map(mapper::toDomain));
        Page<MentorOffer> page = offering.offers(caller, filter, cursors.request(limit, cursor, scope));
        return Response.ok(mapper.offers(page, cursors.next(page, scope))).build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createMentorOffer(NewMentorOfferDto body, String idempotencyKey) {
        MentorOffer created = offering.createOffer(current.require(), mapper.toDomain(body));
        return Responses.created(
                Route.of(MentorOffersApi.class, api -> api.getMentorOffer(created.id())),
                mapper.toDto(created),
                created.version());
    }

    @Override
    public Response getMentorOffer(UUID offerId) {
        return offer(offering.offer(current.require(), offerId));
    }

    @Override
    @Transactional
    public Response changeMentorOffer(UUID offerId, MentorOfferChangesDto body, String ifMatch) {
        return offer(offering.changeOffer(
                current.require(), offerId, Preconditions.ifMatch(ifMatch), mapper.toDomain(body)));
    }

    private Response offer(MentorOffer offer) {
        return Responses.ok(mapper.toDto(offer), offer.version());
    }
}
