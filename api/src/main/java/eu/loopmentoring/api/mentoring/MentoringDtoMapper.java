package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.platform.mapping.DtoConversions.convert;
import static eu.loopmentoring.api.platform.mapping.DtoConversions.convertSet;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
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
import eu.loopmentoring.domain.mentoring.OfferChanges;
import eu.loopmentoring.domain.mentoring.OfferStatus;
import eu.loopmentoring.domain.mentoring.OfferTerms;
import eu.loopmentoring.domain.mentoring.RequestDraft;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.openapi.v1.model.IscedLevelDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferChangesDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringExpertiseDto;
import eu.loopmentoring.openapi.v1.model.MentoringExportDto;
import eu.loopmentoring.openapi.v1.model.MentoringFormatDto;
import eu.loopmentoring.openapi.v1.model.MentoringModeDto;
import eu.loopmentoring.openapi.v1.model.MentoringParticipantDto;
import eu.loopmentoring.openapi.v1.model.MentoringParticipantRoleDto;
import eu.loopmentoring.openapi.v1.model.MentoringParticipantStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringSideDto;
import eu.loopmentoring.openapi.v1.model.NewMentorOfferDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringRequestDto;
import eu.loopmentoring.openapi.v1.model.NotificationDto;
import eu.loopmentoring.openapi.v1.model.NotificationKindDto;
import eu.loopmentoring.openapi.v1.model.PersonReferenceDto;
import eu.loopmentoring.openapi.v1.model.ProfileDimensionDto;
import eu.loopmentoring.openapi.v1.model.SchoolDimensionDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Mentoring on the wire. Enumerations carry the same names on both sides. */
@ApplicationScoped
public class MentoringDtoMapper {

    private final ProfileDtoMapper profiles;
    private final DtoConversions conversions;

    MentoringDtoMapper(ProfileDtoMapper profiles, DtoConversions conversions) {
        this.profiles = profiles;
        this.conversions = conversions;
    }

    public MentorOfferDto toDto(MentorOffer offer) {
        OfferTerms t = offer.terms();
        return new MentorOfferDto()
                .id(offer.id())
                .mentor(new PersonReferenceDto().id(offer.mentorId()).displayName(offer.mentorName()))
                .capacity(t.capacity())
                .remainingCapacity(offer.remainingCapacity())
                .expertise(toDto(t.expertise()))
                .languages(new ArrayList<>(t.languages()))
                .formats(convert(t.formats(), MentoringFormatDto.class))
                .modes(convert(t.modes(), MentoringModeDto.class))
                .region(t.region().orElse(null))
                .availability(t.availability().map(profiles::toDto).orElse(null))
                .status(convert(offer.status(), MentorOfferStatusDto.class))
                .missedProposals(offer.missedProposals())
                .lastActiveAt(conversions.utc(offer.lastActiveAt()))
                .createdAt(conversions.utc(offer.createdAt()))
                .version(offer.version());
    }

    public MentoringRequestDto toDto(MentoringRequest request) {
        return new MentoringRequestDto()
                .id(request.id())
                .mentee(new PersonReferenceDto().id(request.menteeId()).displayName(request.menteeName()))
                .needs(new LinkedHashSet<>(request.terms().needs()))
                .goals(request.terms().goals())
                .languages(new ArrayList<>(request.terms().languages()))
                .format(request.terms()
                        .format()
                        .map(f -> convert(f, MentoringFormatDto.class))
                        .orElse(null))
                .mode(request.terms()
                        .mode()
                        .map(m -> convert(m, MentoringModeDto.class))
                        .orElse(null))
                .region(request.terms().region().orElse(null))
                .addressedTo(request.addressedTo().orElse(null))
                .coalitionId(request.coalitionId().orElse(null))
                .status(convert(request.status(), MentoringRequestStatusDto.class))
                .createdAt(conversions.utc(request.createdAt()))
                .updatedAt(conversions.utc(request.updatedAt()));
    }

    public MentoringProposalDto toDto(MentoringProposal p) {
        return new MentoringProposalDto()
                .id(p.id())
                .requestId(p.requestId())
                .offerId(p.offerId())
                .menteeId(p.menteeId())
                .mentorId(p.mentorId())
                .proposedBy(convert(p.proposedBy(), MentoringSideDto.class))
                .awaiting(p.isPending() ? convert(p.awaiting(), MentoringSideDto.class) : null)
                .menteeAcceptedAt(conversions.utc(p.menteeAcceptedAt()))
                .mentorAcceptedAt(conversions.utc(p.mentorAcceptedAt()))
                .status(convert(p.status(), MentoringProposalStatusDto.class))
                .declinedBy(p.declinedBy()
                        .map(s -> convert(s, MentoringSideDto.class))
                        .orElse(null))
                .declineReason(p.declineReason().orElse(null))
                .createdAt(conversions.utc(p.createdAt()))
                .expiresAt(conversions.utc(p.expiresAt()))
                .closedAt(conversions.utc(p.closedAt()))
                .relationshipId(p.relationshipId().orElse(null));
    }

    public MentoringRelationshipDto toDto(MentoringRelationship r) {
        return new MentoringRelationshipDto()
                .id(r.id())
                .mentor(r.mentorId()
                        .map(id -> new PersonReferenceDto()
                                .id(id)
                                .displayName(r.mentorName().orElse("")))
                        .orElse(null))
                .mentee(r.menteeId()
                        .map(id -> new PersonReferenceDto()
                                .id(id)
                                .displayName(r.menteeName().orElse("")))
                        .orElse(null))
                .participants(r.participants().stream()
                        .map(p -> new MentoringParticipantDto()
                                .person(new PersonReferenceDto()
                                        .id(p.personId())
                                        .displayName(p.name().orElse("")))
                                .role(convert(p.role(), MentoringParticipantRoleDto.class))
                                .status(
                                        p.hasLeft()
                                                ? MentoringParticipantStatusDto.LEFT
                                                : p.isInvited()
                                                        ? MentoringParticipantStatusDto.INVITED
                                                        : MentoringParticipantStatusDto.JOINED)
                                .invitedAt(conversions.utc(p.invitedAt()))
                                .joinedAt(conversions.utc(p.joinedAt()))
                                .leftAt(conversions.utc(p.leftAt()))
                                .requestId(p.requestId().orElse(null)))
                        .toList())
                .offerId(r.offerId().orElse(null))
                .requestId(r.requestId().orElse(null))
                .coalitionId(r.coalitionId().orElse(null))
                .format(convert(r.format(), MentoringFormatDto.class))
                .status(convert(r.status(), MentoringRelationshipStatusDto.class))
                .startedAt(conversions.utc(r.startedAt()))
                .endedAt(conversions.utc(r.endedAt()))
                .endReason(r.endReason().orElse(null))
                .version(r.version());
    }

    public NotificationDto toDto(Notification n) {
        return new NotificationDto()
                .id(n.id())
                .kind(convert(n.kind(), NotificationKindDto.class))
                .offerId(n.offerId().orElse(null))
                .requestId(n.requestId().orElse(null))
                .proposalId(n.proposalId().orElse(null))
                .relationshipId(n.relationshipId().orElse(null))
                .reportId(n.reportId().orElse(null))
                .read(n.isRead())
                .createdAt(conversions.utc(n.createdAt()))
                .readAt(conversions.utc(n.readAt()));
    }

    public MentoringExportDto toDto(MentoringRecords records) {
        return new MentoringExportDto()
                .offer(records.offer().map(this::toDto).orElse(null))
                .requests(records.requests().stream().map(this::toDto).toList())
                .proposals(records.proposals().stream().map(this::toDto).toList())
                .relationships(records.relationships().stream().map(this::toDto).toList());
    }

    public OfferTerms toDomain(NewMentorOfferDto dto) {
        return new OfferTerms(
                dto.getCapacity(),
                toDomain(dto.getExpertise()),
                dto.getLanguages(),
                convertSet(dto.getFormats(), MentoringFormat.class),
                convertSet(dto.getModes(), MentoringMode.class),
                Optional.ofNullable(dto.getRegion()),
                Optional.ofNullable(dto.getAvailability()).map(profiles::toDomain));
    }

    /** Absent properties (null in the DTO) stay as they are. */
    public OfferChanges toDomain(MentorOfferChangesDto dto) {
        return new OfferChanges(
                Optional.ofNullable(dto.getCapacity()),
                Optional.ofNullable(dto.getExpertise()).map(this::toDomain),
                Optional.ofNullable(dto.getLanguages()),
                Optional.ofNullable(dto.getFormats()).map(f -> convertSet(f, MentoringFormat.class)),
                Optional.ofNullable(dto.getModes()).map(m -> convertSet(m, MentoringMode.class)),
                Optional.ofNullable(dto.getRegion()),
                Optional.ofNullable(dto.getAvailability()).map(profiles::toDomain),
                Optional.ofNullable(dto.getStatus()).map(s -> convert(s, OfferStatus.class)));
    }

    public RequestDraft toDomain(NewMentoringRequestDto dto) {
        return new RequestDraft(
                Optional.ofNullable(dto.getNeeds()).map(Set::copyOf),
                dto.getGoals(),
                dto.getLanguages(),
                Optional.ofNullable(dto.getFormat()).map(f -> convert(f, MentoringFormat.class)),
                Optional.ofNullable(dto.getMode()).map(m -> convert(m, MentoringMode.class)),
                Optional.ofNullable(dto.getRegion()),
                Optional.ofNullable(dto.getOfferId()),
                Optional.ofNullable(dto.getCoalitionId()));
    }

    private Expertise toDomain(MentoringExpertiseDto dto) {
        return new Expertise(
                convertSet(dto.getProfileDimensions(), ProfileDimension.class),
                Set.copyOf(dto.getSubjects()),
                convertSet(dto.getSchoolLevels(), IscedLevel.class),
                convertSet(dto.getSchoolDimensions(), SchoolDimension.class));
    }

    private MentoringExpertiseDto toDto(Expertise expertise) {
        return new MentoringExpertiseDto()
                .profileDimensions(
                        new LinkedHashSet<>(convert(expertise.profileDimensions(), ProfileDimensionDto.class)))
                .subjects(new LinkedHashSet<>(expertise.subjects()))
                .schoolLevels(new LinkedHashSet<>(convert(expertise.schoolLevels(), IscedLevelDto.class)))
                .schoolDimensions(new LinkedHashSet<>(convert(expertise.schoolDimensions(), SchoolDimensionDto.class)));
    }
}
