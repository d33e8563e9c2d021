package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.Expertise;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringMode;
import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.mentoring.OfferTerms;
import eu.loopmentoring.domain.mentoring.Participant;
import eu.loopmentoring.domain.mentoring.RequestTerms;
import eu.loopmentoring.domain.mentoring.Side;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.persistence.profile.ProfileEntity.AvailabilityDocument;
import eu.loopmentoring.persistence.profile.ProfileEntityMapper;
import eu.loopmentoring.persistence.shared.NullableColumns;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Mentoring rows to domain records and back. Enumerations are stored by name; availability is
 * stored as the profile stores it.
 */
@Mapper(uses = NullableColumns.class, nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public abstract class MentoringEntityMapper {

    @Inject
    ProfileEntityMapper profiles;

    private static final Comparator<Participant> MENTOR_FIRST = Comparator.<Participant, Boolean>comparing(
                    p -> p.role() != Side.MENTOR)
            .thenComparing(Participant::invitedAt)
            .thenComparing(Participant::personId);

    @Mapping(target = "mentorName", defaultValue = "")
    @Mapping(target = "terms", source = ".")
    public abstract MentorOffer toDomain(MentorOfferEntity entity);

    @Mapping(target = "expertise", source = ".")
    public abstract OfferTerms terms(MentorOfferEntity entity);

    public abstract Expertise expertise(MentorOfferEntity entity);

    @Mapping(target = "capacity", source = "terms.capacity")
    @Mapping(target = "profileDimensions", source = "terms.expertise.profileDimensions")
    @Mapping(target = "subjects", source = "terms.expertise.subjects")
    @Mapping(target = "schoolLevels", source = "terms.expertise.schoolLevels")
    @Mapping(target = "schoolDimensions", source = "terms.expertise.schoolDimensions")
    @Mapping(target = "languages", source = "terms.languages")
    @Mapping(target = "formats", source = "terms.formats")
    @Mapping(target = "modes", source = "terms.modes")
    @Mapping(target = "region", source = "terms.region")
    @Mapping(target = "availability", source = "terms.availability")
    @Mapping(target = "mentorName", ignore = true)
    @Mapping(target = "runningRelationships", ignore = true)
    @Mapping(target = "version", ignore = true)
    public abstract void copy(MentorOffer offer, @MappingTarget MentorOfferEntity entity);

    @Mapping(target = "menteeName", defaultValue = "")
    @Mapping(target = "terms", source = ".")
    public abstract MentoringRequest toDomain(MentoringRequestEntity entity);

    public abstract RequestTerms terms(MentoringRequestEntity entity);

    @Mapping(target = "needs", source = "terms.needs")
    @Mapping(target = "goals", source = "terms.goals")
    @Mapping(target = "languages", source = "terms.languages")
    @Mapping(target = "format", source = "terms.format")
    @Mapping(target = "mode", source = "terms.mode")
    @Mapping(target = "region", source = "terms.region")
    @Mapping(target = "menteeName", ignore = true)
    @Mapping(target = "version", ignore = true)
    public abstract void copy(MentoringRequest request, @MappingTarget MentoringRequestEntity entity);

    @Mapping(target = "menteeName", defaultValue = "")
    @Mapping(target = "mentorName", defaultValue = "")
    public abstract MentoringProposal toDomain(MentoringProposalEntity entity);

    @Mapping(target = "menteeName", ignore = true)
    @Mapping(target = "mentorName", ignore = true)
    @Mapping(target = "version", ignore = true)
    public abstract void copy(MentoringProposal proposal, @MappingTarget MentoringProposalEntity entity);

    /** The relationship with its participants, the mentor first, then in the order they were invited. */
    public MentoringRelationship toDomain(
            MentoringRelationshipEntity entity, List<MentoringParticipantEntity> participants) {
        return relationship(
                entity,
                participants.stream().map(this::toDomain).sorted(MENTOR_FIRST).toList());
    }

    @Mapping(target = "id", source = "entity.id")
    @Mapping(target = "requestId", source = "entity.requestId")
    @Mapping(target = "participants", source = "participants")
    public abstract MentoringRelationship relationship(
            MentoringRelationshipEntity entity, List<Participant> participants);

    public abstract Participant toDomain(MentoringParticipantEntity entity);

    @Mapping(target = "mentorId", expression = "java(relationship.mentorId().orElse(null))")
    @Mapping(target = "menteeId", expression = "java(relationship.menteeId().orElse(null))")
    @Mapping(target = "mentorName", ignore = true)
    @Mapping(target = "menteeName", ignore = true)
    @Mapping(target = "version", ignore = true)
    public abstract void copy(MentoringRelationship relationship, @MappingTarget MentoringRelationshipEntity entity);

    @Mapping(target = "relationshipId", source = "relationshipId")
    @Mapping(target = "personId", source = "participant.personId")
    @Mapping(target = "requestId", source = "participant.requestId")
    @Mapping(target = "name", ignore = true)
    public abstract void copy(
            UUID relationshipId, Participant participant, @MappingTarget MentoringParticipantEntity entity);

    public abstract Notification toDomain(NotificationEntity entity);

    public abstract void copy(Notification notification, @MappingTarget NotificationEntity entity);

    public abstract Set<ProfileDimension> profileDimensions(String[] names);

    public abstract Set<IscedLevel> schoolLevels(String[] names);

    public abstract Set<SchoolDimension> schoolDimensions(String[] names);

    public abstract Set<MentoringFormat> formats(String[] names);

    public abstract Set<MentoringMode> modes(String[] names);

    public abstract Set<String> texts(String[] values);

    public abstract List<String> list(String[] values);

    public abstract MentoringFormat format(String name);

    public abstract MentoringMode mode(String name);

    public abstract Side side(String name);

    public AvailabilityDocument availability(Optional<Availability> availability) {
        return profiles.toDocument(availability);
    }

    public Optional<Availability> availability(AvailabilityDocument document) {
        return profiles.toDomain(document);
    }

    public Optional<MentoringFormat> optionalFormat(String name) {
        return Optional.ofNullable(name).map(this::format);
    }

    public Optional<MentoringMode> optionalMode(String name) {
        return Optional.ofNullable(name).map(this::mode);
    }

    public Optional<Side> optionalSide(String name) {
        return Optional.ofNullable(name).map(this::side);
    }

    public abstract String name(MentoringFormat format);

    public abstract String name(MentoringMode mode);

    public abstract String name(Side side);

    public String formatName(Optional<MentoringFormat> format) {
        return format.map(this::name).orElse(null);
    }

    public String modeName(Optional<MentoringMode> mode) {
        return mode.map(this::name).orElse(null);
    }

    public String sideName(Optional<Side> side) {
        return side.map(this::name).orElse(null);
    }
}
