package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.FeedbackWork;
import eu.loopmentoring.openapi.v1.api.MentoringFeedbackApi;
import eu.loopmentoring.openapi.v1.model.MentoringFeedbackAnswerDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** The caller's closing feedback on a relationship. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringFeedbackResourceV1 implements MentoringFeedbackApi {

    private final FeedbackWork feedback;
    private final MentoringContentDtoMapper content;
    private final CurrentSubject current;

    MentoringFeedbackResourceV1(FeedbackWork feedback, MentoringContentDtoMapper content, CurrentSubject current) {
        this.feedback = feedback;
        this.content = content;
        this.current = current;
    }

    @Override
    public Response getMyMentoringFeedback(UUID relationshipId) {
        return Response.ok(content.toDto(feedback.myFeedback(current.require(), relationshipId)))
                .build();
    }

    @Override
    @Transactional
    public Response putMyMentoringFeedback(UUID relationshipId, MentoringFeedbackAnswerDto body) {
        return Response.ok(content.toDto(feedback.giveFeedback(
                        current.require(), relationshipId, body.getRating(), Optional.ofNullable(body.getText()))))
                .build();
    }
}
