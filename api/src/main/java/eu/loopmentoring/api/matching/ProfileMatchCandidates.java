package eu.loopmentoring.api.matching;

import eu.loopmentoring.domain.matching.DimensionScores;
import eu.loopmentoring.domain.matching.MatchProfile;
import eu.loopmentoring.domain.matching.MeetingFormat;
import eu.loopmentoring.domain.matching.MeetingMode;
import eu.loopmentoring.domain.matching.MenteeCandidate;
import eu.loopmentoring.domain.matching.MentorCandidate;
import eu.loopmentoring.domain.mentoring.MatchCandidates;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.OfferTerms;
import eu.loopmentoring.domain.mentoring.RequestTerms;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.Profiles;
import eu.loopmentoring.domain.profile.QuestionnaireAnswering;
import eu.loopmentoring.domain.profile.SpecialCategoryConsent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where mentoring requests and offers, profiles, competency profiles and consents
 * become the matching engine's candidates.
 *
 * <ul>
 *   <li>Languages: those of the request or offer, each at the level the person's profile states
 *       (a language the profile does not list counts as {@link #UNLISTED_LEVEL}: the person chose to
 *       meet in it).
 *   <li>Formats and modes: the request's one choice, or every value when it leaves them open; the
 *       offer's set. Regions from the request and the offer.
 *   <li>Availability: the offer's, else the profile's; the mentee's from their profile.
 *   <li>Career stage, subjects and school levels: the profile's; a mentor's subjects and school
 *       levels also include the offer's expertise.
 *   <li>Needs and strengths: from the latest competency profile (none without a submission).
 *   <li>Responsiveness: {@code 1 / (1 + missedProposals)}, so every proposal a mentor let expire
 *       since they last acted halves it, then a third, and so on; back to 1 when they act.
 *   <li>Consents: cultural background only with the person's consent. The school and the cultural
 *       background items are not known to mentoring yet and stay empty.
 * </ul>
 */
@ApplicationScoped
public class ProfileMatchCandidates implements MatchCandidates {

    static final CefrLevel UNLISTED_LEVEL = CefrLevel.B2;

    private final Profiles profiles;
    private final QuestionnaireAnswering answering;
    private final SpecialCategoryConsent consent;

    ProfileMatchCandidates(Profiles profiles, QuestionnaireAnswering answering, SpecialCategoryConsent consent) {
        this.profiles = profiles;
        this.answering = answering;
        this.consent = consent;
    }

    @Override
    public MenteeCandidate mentee(MentoringRequest request) {
        RequestTerms t = request.terms();
        Optional<Profile> profile = profiles.find(request.menteeId());
        MatchProfile match = profile(
                request.menteeId(),
                profile,
                t.languages(),
                t.format().map(f -> Set.of(MeetingFormat.valueOf(f.name()))).orElse(EnumSet.allOf(MeetingFormat.class)),
                t.mode().map(m -> Set.of(MeetingMode.valueOf(m.name()))).orElse(EnumSet.allOf(MeetingMode.class)),
                t.region(),
                profile.flatMap(Profile::availability),
                List.of(),
                Set.of());
        return new MenteeCandidate(
                request.id(),
                match,
                answering
                        .competencyProfile(request.menteeId())
                        .map(DimensionScores::needsFrom)
                        .orElse(DimensionScores.NONE));
    }

    @Override
    public MentorCandidate mentor(MentorOffer offer) {
        OfferTerms t = offer.terms();
        Optional<Profile> profile = profiles.find(offer.mentorId());
        MatchProfile match = profile(
                offer.mentorId(),
                profile,
                t.languages(),
                names(t.formats(), MeetingFormat.class),
                names(t.modes(), MeetingMode.class),
                t.region(),
                t.availability().or(() -> profile.flatMap(Profile::availability)),
                t.expertise().subjects(),
                t.expertise().schoolLevels());
        return new MentorCandidate(
                offer.id(),
                match,
                offer.remainingCapacity(),
                answering
                        .competencyProfile(offer.mentorId())
                        .map(DimensionScores::strengthsFrom)
                        .orElse(DimensionScores.NONE),
                1.0 / (1 + offer.missedProposals()));
    }

    private MatchProfile profile(
            UUID person,
            Optional<Profile> profile,
            List<String> languages,
            Set<MeetingFormat> formats,
            Set<MeetingMode> modes,
            Optional<String> region,
            Optional<Availability> availability,
            Collection<String> moreSubjects,
            Set<IscedLevel> moreLevels) {
        List<LanguageSkill> known = profile.map(Profile::languages).orElse(List.of());
        List<LanguageSkill> skills = languages.stream()
                .map(code -> known.stream()
                        .filter(s -> s.language().equals(code))
                        .findFirst()
                        .orElse(new LanguageSkill(code, UNLISTED_LEVEL, false)))
                .toList();
        TreeSet<String> subjects = new TreeSet<>(moreSubjects);
        profile.ifPresent(p -> subjects.addAll(p.background().subjects()));
        Set<IscedLevel> levels = EnumSet.noneOf(IscedLevel.class);
        levels.addAll(moreLevels);
        profile.ifPresent(p -> levels.addAll(p.background().schoolLevels()));
        Set<ConsentPurpose> consents = Arrays.stream(ConsentPurpose.values())
                .filter(purpose -> consent.given(person, purpose))
                .collect(Collectors.toSet());
        return new MatchProfile(
                person,
                skills,
                formats,
                modes,
                region,
                availability,
                profile.flatMap(p -> p.background().careerStage()),
                subjects,
                levels,
                Optional.empty(),
                consents,
                new TreeSet<>());
    }

    private static <T extends Enum<T>> Set<T> names(Collection<? extends Enum<?>> values, Class<T> type) {
        return values.stream().map(v -> Enum.valueOf(type, v.name())).collect(Collectors.toSet());
    }
}
