package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.Expertise;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringMode;
import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.mentoring.NotificationKind;
import eu.loopmentoring.domain.mentoring.OfferStatus;
import eu.loopmentoring.domain.mentoring.OfferTerms;
import eu.loopmentoring.domain.mentoring.Participant;
import eu.loopmentoring.domain.mentoring.ProposalStatus;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.mentoring.RequestStatus;
import eu.loopmentoring.domain.mentoring.RequestTerms;
import eu.loopmentoring.domain.mentoring.Side;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.persistence.profile.ProfileEntityMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Mentoring rows to domain records and back. Availability is stored as the profile stores it. */
@ApplicationScoped
public class MentoringEntityMapper {

    private final ProfileEntityMapper profiles;

    MentoringEntityMapper(ProfileEntityMapper profiles) {
        this.profiles = profiles;
    }

    MentorOffer toDomain(MentorOfferEntity e) {
        return new MentorOffer(
                e.id,
                e.mentorId,
                e.mentorName == null ? "" : e.mentorName,
                new OfferTerms(
                        e.capacity,
                        new Expertise(
                                set(e.profileDimensions, ProfileDimension::valueOf),
                                set(e.subjects, Function.identity()),
                                set(e.schoolLevels, IscedLevel::valueOf),
                                set(e.schoolDimensions, SchoolDimension::valueOf)),
                        List.of(e.languages),
                        set(e.formats, MentoringFormat::valueOf),
                        set(e.modes, MentoringMode::valueOf),
                        Optional.ofNullable(e.region),
                        profiles.toDomain(e.availability)),
                OfferStatus.valueOf(e.status),
                e.runningRelationships,
                e.missedProposals,
                e.lastActiveAt,
                e.createdAt,
                e.version);
    }

    void copy(MentorOffer offer, MentorOfferEntity e) {
        OfferTerms t = offer.terms();
        e.id = offer.id();
        e.mentorId = offer.mentorId();
        e.capacity = t.capacity();
        e.profileDimensions = names(t.expertise().profileDimensions());
        e.subjects = t.expertise().subjects().toArray(String[]::new);
        e.schoolLevels = names(t.expertise().schoolLevels());
        e.schoolDimensions = names(t.expertise().schoolDimensions());
        e.languages = t.languages().toArray(String[]::new);
        e.formats = names(t.formats());
        e.modes = names(t.modes());
        e.region = t.region().orElse(null);
        e.availability = profiles.toDocument(t.availability());
        e.status = offer.status().name();
        e.missedProposals = offer.missedProposals();
        e.lastActiveAt = offer.lastActiveAt();
        e.createdAt = offer.createdAt();
    }

    MentoringRequest toDomain(MentoringRequestEntity e) {
        return new MentoringRequest(
                e.id,
                e.menteeId,
                e.menteeName == null ? "" : e.menteeName,
                new RequestTerms(
                        set(e.needs, Function.identity()),
                        e.goals,
                        List.of(e.languages),
                        Optional.ofNullable(e.format).map(MentoringFormat::valueOf),
                        Optional.ofNullable(e.mode).map(MentoringMode::valueOf),
                        Optional.ofNullable(e.region)),
                Optional.ofNullable(e.addressedTo),
                Optional.ofNullable(e.coalitionId),
                RequestStatus.valueOf(e.status),
                e.createdAt,
                e.updatedAt,
                e.version);
    }

    void copy(MentoringRequest r, MentoringRequestEntity e) {
        e.id = r.id();
        e.coalitionId = r.coalitionId().orElse(null);
        e.menteeId = r.menteeId();
        e.needs = r.terms().needs().toArray(String[]::new);
        e.goals = r.terms().goals();
        e.languages = r.terms().languages().toArray(String[]::new);
        e.format = r.terms().format().map(Enum::name).orElse(null);
        e.mode = r.terms().mode().map(Enum::name).orElse(null);
        e.region = r.terms().region().orElse(null);
        e.addressedTo = r.addressedTo().orElse(null);
        e.status = r.status().name();
        e.createdAt = r.createdAt();
        e.updatedAt = r.updatedAt();
    }

    MentoringProposal toDomain(MentoringProposalEntity e) {
        return new MentoringProposal(
                e.id,
                e.requestId,
                e.offerId,
                e.menteeId,
                e.mentorId,
                Side.valueOf(e.proposedBy),
                Optional.ofNullable(e.menteeAcceptedAt),
                Optional.ofNullable(e.mentorAcceptedAt),
                ProposalStatus.valueOf(e.status),
                Optional.ofNullable(e.declinedBy).map(Side::valueOf),
                Optional.ofNullable(e.declineReason),
                e.createdAt,
                e.expiresAt,
                Optional.ofNullable(e.closedAt),
                Optional.ofNullable(e.relationshipId),
                e.version);
    }

    void copy(MentoringProposal p, MentoringProposalEntity e) {
        e.id = p.id();
        e.requestId = p.requestId();
        e.offerId = p.offerId();
        e.menteeId = p.menteeId();
        e.mentorId = p.mentorId();
        e.proposedBy = p.proposedBy().name();
        e.menteeAcceptedAt = p.menteeAcceptedAt().orElse(null);
        e.mentorAcceptedAt = p.mentorAcceptedAt().orElse(null);
        e.status = p.status().name();
        e.declinedBy = p.declinedBy().map(Enum::name).orElse(null);
        e.declineReason = p.declineReason().orElse(null);
        e.createdAt = p.createdAt();
        e.expiresAt = p.expiresAt();
        e.closedAt = p.closedAt().orElse(null);
        e.relationshipId = p.relationshipId().orElse(null);
    }

    MentoringRelationship toDomain(MentoringRelationshipEntity e, List<MentoringParticipantEntity> participants) {
        return new MentoringRelationship(
                e.id,
                participants.stream()
                        .map(p -> new Participant(
                                p.personId,
                                Optional.ofNullable(p.name),
                                Side.valueOf(p.role),
                                p.invitedAt,
                                Optional.ofNullable(p.joinedAt),
                                Optional.ofNullable(p.leftAt),
                                Optional.ofNullable(p.requestId)))
                        .sorted(MENTOR_FIRST)
                        .toList(),
                Optional.ofNullable(e.offerId),
                Optional.ofNullable(e.requestId),
                Optional.ofNullable(e.coalitionId),
                MentoringFormat.valueOf(e.format),
                RelationshipStatus.valueOf(e.status),
                e.startedAt,
                Optional.ofNullable(e.endedAt),
                Optional.ofNullable(e.endReason),
                e.version);
    }

    private static final Comparator<Participant> MENTOR_FIRST = Comparator.<Participant, Boolean>comparing(
                    p -> p.role() != Side.MENTOR)
            .thenComparing(Participant::invitedAt)
            .thenComparing(Participant::personId);

    void copy(MentoringRelationship r, MentoringRelationshipEntity e) {
        e.id = r.id();
        e.mentorId = r.mentorId().orElse(null);
        e.menteeId = r.menteeId().orElse(null);
        e.offerId = r.offerId().orElse(null);
        e.requestId = r.requestId().orElse(null);
        e.coalitionId = r.coalitionId().orElse(null);
        e.format = r.format().name();
        e.status = r.status().name();
        e.startedAt = r.startedAt();
        e.endedAt = r.endedAt().orElse(null);
        e.endReason = r.endReason().orElse(null);
    }

    void copy(UUID relationshipId, Participant p, MentoringParticipantEntity e) {
        e.relationshipId = relationshipId;
        e.personId = p.personId();
        e.role = p.role().name();
        e.invitedAt = p.invitedAt();
        e.joinedAt = p.joinedAt().orElse(null);
        e.leftAt = p.leftAt().orElse(null);
        e.requestId = p.requestId().orElse(null);
    }

    Notification toDomain(NotificationEntity e) {
        return new Notification(
                e.id,
                e.recipientId,
                NotificationKind.valueOf(e.kind),
                Optional.ofNullable(e.offerId),
                Optional.ofNullable(e.requestId),
                Optional.ofNullable(e.proposalId),
                Optional.ofNullable(e.relationshipId),
                Optional.ofNullable(e.reportId),
                e.createdAt,
                Optional.ofNullable(e.readAt));
    }

    void copy(Notification n, NotificationEntity e) {
        e.id = n.id();
        e.recipientId = n.recipientId();
        e.kind = n.kind().name();
        e.offerId = n.offerId().orElse(null);
        e.requestId = n.requestId().orElse(null);
        e.proposalId = n.proposalId().orElse(null);
        e.relationshipId = n.relationshipId().orElse(null);
        e.reportId = n.reportId().orElse(null);
        e.createdAt = n.createdAt();
        e.readAt = n.readAt().orElse(null);
    }

    private static <T> Set<T> set(String[] values, Function<String, T> parse) {
        return values == null ? Set.of() : Arrays.stream(values).map(parse).collect(Collectors.toSet());
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }
}
