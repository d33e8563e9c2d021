package eu.loopmentoring.api.matching;

import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.MatchSuggestion;
import eu.loopmentoring.domain.mentoring.MatchSuggestions;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.MatchingApi;
import eu.loopmentoring.openapi.v1.model.MatchSuggestionPageDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** Self-service mentor and mentee suggestions. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MatchingResourceV1 implements MatchingApi {

    private final MatchSuggestions suggestions;
    private final MatchingDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    MatchingResourceV1(
            MatchSuggestions suggestions, MatchingDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.suggestions = suggestions;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    @Transactional
    public Response listMyMentorSuggestions(Integer limit, String cursor, UUID requestId) {
        Subject subject = current.require();
        String scope = Cursors.scope("mentor-suggestions", "mentee", subject.id(), "request", requestId);
        return page(
                suggestions.mentorsFor(subject, Optional.ofNullable(requestId), cursors.request(limit, cursor, scope)),
                scope);
    }

    @Override
    @Transactional
    public Response listMyMenteeSuggestions(Integer limit, String cursor) {
        Subject subject = current.require();
        String scope = Cursors.scope("mentee-suggestions", "mentor", subject.id());
        return page(suggestions.menteesFor(subject, cursors.request(limit, cursor, scope)), scope);
    }

    private Response page(Page<MatchSuggestion> page, String scope) {
        return Response.ok(new MatchSuggestionPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }
}
