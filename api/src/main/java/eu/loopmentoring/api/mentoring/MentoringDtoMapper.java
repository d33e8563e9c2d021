package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.api.platform.mapping.PageMapping;
import eu.loopmentoring.api.profile.ProfileDtoMapper;
import eu.loopmentoring.domain.mentoring.Expertise;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringMode;
import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.MentoringRecords;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.mentoring.NotificationKind;
import eu.loopmentoring.domain.mentoring.OfferChanges;
import eu.loopmentoring.domain.mentoring.OfferStatus;
import eu.loopmentoring.domain.mentoring.OfferTerms;
import eu.loopmentoring.domain.mentoring.Participant;
import eu.loopmentoring.domain.mentoring.ProposalStatus;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.mentoring.RequestDraft;
import eu.loopmentoring.domain.mentoring.RequestStatus;
import eu.loopmentoring.domain.mentoring.Side;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.openapi.v1.model.IscedLevelDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferChangesDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferPageDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringExpertiseDto;
import eu.loopmentoring.openapi.v1.model.MentoringExportDto;
import eu.loopmentoring.openapi.v1.model.MentoringFormatDto;
import eu.loopmentoring.openapi.v1.model.MentoringModeDto;
import eu.loopmentoring.openapi.v1.model.MentoringParticipantDto;
import eu.loopmentoring.openapi.v1.model.MentoringParticipantRoleDto;
import eu.loopmentoring.openapi.v1.model.MentoringParticipantStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalPageDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipPageDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestPageDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringSideDto;
import eu.loopmentoring.openapi.v1.model.NewMentorOfferDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringRequestDto;
import eu.loopmentoring.openapi.v1.model.NotificationDto;
import eu.loopmentoring.openapi.v1.model.NotificationKindDto;
import eu.loopmentoring.openapi.v1.model.NotificationPageDto;
import eu.loopmentoring.openapi.v1.model.PersonReferenceDto;
import eu.loopmentoring.openapi.v1.model.ProfileDimensionDto;
import eu.loopmentoring.openapi.v1.model.SchoolDimensionDto;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;

/**
 * Offers, requests, proposals, relationships and notifications on the wire. Enumerations carry the
 * same names on both sides, except that the contract's side of a proposal or check-in has no PEER.
 */
@Mapper(uses = {DtoConversions.class, ProfileDtoMapper.class})
public interface MentoringDtoMapper {

    @Mapping(target = ".", source = "terms")
    @Mapping(target = "mentor", expression = "java(person(offer.mentorId(), offer.mentorName()))")
    @Mapping(target = "remainingCapacity", expression = "java(offer.remainingCapacity())")
    MentorOfferDto toDto(MentorOffer offer);

    @Mapping(target = ".", source = "terms")
    @Mapping(target = "mentee", expression = "java(person(request.menteeId(), request.menteeName()))")
    MentoringRequestDto toDto(MentoringRequest request);

    /** Only a pending proposal awaits an answer. */
    @Mapping(target = "awaiting", expression = "java(proposal.isPending() ? toDto(proposal.awaiting()) : null)")
    @Mapping(target = "mentee", expression = "java(person(proposal.menteeId(), proposal.menteeName()))")
    @Mapping(target = "mentor", expression = "java(person(proposal.mentorId(), proposal.mentorName()))")
    MentoringProposalDto toDto(MentoringProposal proposal);

    @Mapping(target = "mentor", expression = "java(person(relationship.mentorId(), relationship.mentorName()))")
    @Mapping(target = "mentee", expression = "java(person(relationship.menteeId(), relationship.menteeName()))")
    MentoringRelationshipDto toDto(MentoringRelationship relationship);

    @Mapping(target = "person", expression = "java(person(participant.personId(), participant.name()))")
    @Mapping(target = "status", expression = "java(status(participant))")
    MentoringParticipantDto toDto(Participant participant);

    @Mapping(target = "read", expression = "java(notification.isRead())")
    NotificationDto toDto(Notification notification);

    @PageMapping
    MentorOfferPageDto offers(Page<MentorOffer> page, String next);

    @PageMapping
    MentoringRequestPageDto requests(Page<MentoringRequest> page, String next);

    @PageMapping
    MentoringProposalPageDto proposals(Page<MentoringProposal> page, String next);

    @PageMapping
    MentoringRelationshipPageDto relationships(Page<MentoringRelationship> page, String next);

    @PageMapping
    NotificationPageDto notifications(Page<Notification> page, String next);

    /** The person's own mentoring; what happened inside their relationships is added by {@link MentoringContentDtoMapper#fill}. */
    @Mapping(target = "agreements", ignore = true)
    @Mapping(target = "goals", ignore = true)
    @Mapping(target = "sessions", ignore = true)
    @Mapping(target = "tasks", ignore = true)
    @Mapping(target = "taskComments", ignore = true)
    @Mapping(target = "checkIns", ignore = true)
    @Mapping(target = "privateNotes", ignore = true)
    @Mapping(target = "feedback", ignore = true)
    MentoringExportDto toDto(MentoringRecords records);

    MentoringExpertiseDto toDto(Expertise expertise);

    OfferTerms toDomain(NewMentorOfferDto dto);

    /** Absent properties (null in the DTO) stay as they are. */
    OfferChanges toDomain(MentorOfferChangesDto dto);

    RequestDraft toDomain(NewMentoringRequestDto dto);

    Expertise toDomain(MentoringExpertiseDto dto);

    default PersonReferenceDto person(UUID id, String displayName) {
        return new PersonReferenceDto().id(id).displayName(displayName);
    }

    /** Someone who erased their account is still named, with an empty name. */
    default PersonReferenceDto person(UUID id, Optional<String> displayName) {
        return person(id, displayName.orElse(""));
    }

    default PersonReferenceDto person(Optional<UUID> id, Optional<String> displayName) {
        return id.map(i -> person(i, displayName)).orElse(null);
    }

    default MentoringParticipantStatusDto status(Participant participant) {
        if (participant.hasLeft()) {
            return MentoringParticipantStatusDto.LEFT;
        }
        return participant.isInvited() ? MentoringParticipantStatusDto.INVITED : MentoringParticipantStatusDto.JOINED;
    }

    MentorOfferStatusDto toDto(OfferStatus status);

    OfferStatus toDomain(MentorOfferStatusDto status);

    MentoringRequestStatusDto toDto(RequestStatus status);

    RequestStatus toDomain(MentoringRequestStatusDto status);

    MentoringProposalStatusDto toDto(ProposalStatus status);

    ProposalStatus toDomain(MentoringProposalStatusDto status);

    MentoringRelationshipStatusDto toDto(RelationshipStatus status);

    RelationshipStatus toDomain(MentoringRelationshipStatusDto status);

    /** The contract names the two sides of a pair; peers have none. */
    @ValueMapping(source = "PEER", target = MappingConstants.NULL)
    MentoringSideDto toDto(Side side);

    MentoringParticipantRoleDto toRoleDto(Side side);

    NotificationKindDto toDto(NotificationKind kind);

    MentoringFormatDto toDto(MentoringFormat format);

    MentoringFormat toDomain(MentoringFormatDto format);

    Set<MentoringFormat> toFormats(Set<MentoringFormatDto> formats);

    MentoringModeDto toDto(MentoringMode mode);

    Set<MentoringMode> toModes(Set<MentoringModeDto> modes);

    MentoringMode toDomain(MentoringModeDto mode);

    ProfileDimensionDto toDto(ProfileDimension dimension);

    ProfileDimension toDomain(ProfileDimensionDto dimension);

    IscedLevelDto toDto(IscedLevel level);

    IscedLevel toDomain(IscedLevelDto level);

    SchoolDimensionDto toDto(SchoolDimension dimension);

    SchoolDimension toDomain(SchoolDimensionDto dimension);
}
