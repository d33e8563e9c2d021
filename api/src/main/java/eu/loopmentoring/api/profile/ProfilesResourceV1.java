package eu.loopmentoring.api.profile;

import eu.loopmentoring.api.platform.http.EntityTags;
import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.profile.ProfileView;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.ProfilesApi;
import eu.loopmentoring.openapi.v1.model.ProfileChangesDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Participant profiles: the owner's own, and other people's as far as their owners show them. */
@Path("/") // the generated interfaces carry full paths on their methods
public class ProfilesResourceV1 implements ProfilesApi {

    private final ParticipantProfiles profiles;
    private final ProfileDtoMapper mapper;
    private final CurrentSubject current;

    ProfilesResourceV1(ParticipantProfiles profiles, ProfileDtoMapper mapper, CurrentSubject current) {
        this.profiles = profiles;
        this.mapper = mapper;
        this.current = current;
    }

    @Override
    public Response getMyProfile() {
        return own(profiles.mine(current.require()));
    }

    @Override
    @Transactional
    public Response changeMyProfile(ProfileChangesDto body, String ifMatch) {
        Subject subject = current.require();
        profiles.mine(subject); // a person, before If-Match
        long expected = Preconditions.expectedVersion(ifMatch);
        return own(profiles.change(subject, expected, mapper.toDomain(body)));
    }

    @Override
    public Response getProfile(UUID personId) {
        return Response.ok(mapper.toDto(profiles.view(current.require(), personId)))
                .build();
    }

    private Response own(ProfileView view) {
        return Response.ok(mapper.toOwnDto(view))
                .tag(EntityTags.of(view.profile().version()))
                .build();
    }
}
