package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.AgreementWork;
import eu.loopmentoring.domain.mentoring.MentoringAgreement;
import eu.loopmentoring.openapi.v1.api.MentoringAgreementApi;
import eu.loopmentoring.openapi.v1.model.MentoringAgreementTermsDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** A relationship's agreement, and its members' confirmations. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringAgreementResourceV1 implements MentoringAgreementApi {

    private final AgreementWork agreements;
    private final MentoringContentDtoMapper content;
    private final CurrentSubject current;

    MentoringAgreementResourceV1(AgreementWork agreements, MentoringContentDtoMapper content, CurrentSubject current) {
        this.agreements = agreements;
        this.content = content;
        this.current = current;
    }

    @Override
    public Response getMentoringAgreement(UUID relationshipId) {
        return agreement(agreements.agreement(current.require(), relationshipId));
    }

    @Override
    @Transactional
    public Response putMentoringAgreement(UUID relationshipId, MentoringAgreementTermsDto body, String ifMatch) {
        return agreement(agreements.putAgreement(
                current.require(), relationshipId, Preconditions.ifMatch(ifMatch), content.toDomain(body)));
    }

    @Override
    @Transactional
    public Response confirmMentoringAgreement(UUID relationshipId, String ifMatch) {
        return agreement(
                agreements.confirmAgreement(current.require(), relationshipId, Preconditions.ifMatch(ifMatch)));
    }

    private Response agreement(MentoringAgreement agreement) {
        return Responses.ok(content.toDto(agreement), agreement.version());
    }
}
