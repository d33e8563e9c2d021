package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.matching.DimensionScores;
import eu.loopmentoring.domain.matching.MatchProfile;
import eu.loopmentoring.domain.matching.MeetingFormat;
import eu.loopmentoring.domain.matching.MeetingMode;
import eu.loopmentoring.domain.matching.MenteeCandidate;
import eu.loopmentoring.domain.matching.MentorCandidate;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.organization.PersonSchools;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.profile.CompetencyProfile;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.profile.Consents;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.Profiles;
import eu.loopmentoring.domain.profile.QuestionnaireAnswering;
import eu.loopmentoring.domain.profile.QuestionnaireResponse;
import eu.loopmentoring.domain.profile.QuestionnaireResponses;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *   <li>School: the SCHOOL organisation the person has been an ACTIVE member of the longest
 *       ({@link PersonSchools}), for the "not the same school" filter.
 *   <li>Consents: cultural background only with the person's consent. The cultural background
 *       items are not known to mentoring yet and stay empty.
 * </ul>
 *
 * A batch run maps a whole coalition at once ({@link #mentees(List)}, {@link #mentors(List)}): its
 * profiles, competency profiles, schools and consents are read in a few bulk queries, not one per
 * person.
 */
public class ProfileMatchCandidates implements MatchCandidates {

    static final CefrLevel UNLISTED_LEVEL = CefrLevel.B2;

    private final Profiles profiles;
    private final QuestionnaireAnswering answering;
    private final QuestionnaireResponses responses;
    private final Consents consents;
    private final PersonSchools schools;

    public ProfileMatchCandidates(
            Profiles profiles,
            QuestionnaireAnswering answering,
            QuestionnaireResponses responses,
            Consents consents,
            PersonSchools schools) {
        this.profiles = profiles;
        this.answering = answering;
        this.responses = responses;
        this.consents = consents;
        this.schools = schools;
    }

    /** What is known of one person: read one at a time, or in bulk for a batch. */
    private record Known(
            Optional<Profile> profile,
            Optional<CompetencyProfile> competencies,
            Optional<UUID> school,
            Set<ConsentPurpose> consents) {}

    @Override
    public MenteeCandidate mentee(MentoringRequest request) {
        return mentee(request, known(request.menteeId()));
    }

    @Override
    public MentorCandidate mentor(MentorOffer offer) {
        return mentor(offer, known(offer.mentorId()));
    }

    /** The candidates of many requests, read in bulk. */
    public List<MenteeCandidate> mentees(List<MentoringRequest> requests) {
        Map<UUID, Known> known =
                known(requests.stream().map(MentoringRequest::menteeId).collect(Collectors.toSet()));
        return requests.stream().map(r -> mentee(r, known.get(r.menteeId()))).toList();
    }

    /** The candidates of many offers, read in bulk. */
    public List<MentorCandidate> mentors(List<MentorOffer> offers) {
        Map<UUID, Known> known =
                known(offers.stream().map(MentorOffer::mentorId).collect(Collectors.toSet()));
        return offers.stream().map(o -> mentor(o, known.get(o.mentorId()))).toList();
    }

    private Known known(UUID person) {
        Set<ConsentPurpose> given = EnumSet.noneOf(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            consents.given(person, purpose).ifPresent(c -> given.add(purpose));
        }
        return new Known(
                profiles.find(person),
                answering.competencyProfile(person),
                Optional.ofNullable(schools.of(List.of(person)).get(person)),
                given);
    }

    private Map<UUID, Known> known(Set<UUID> people) {
        Map<UUID, Profile> found = profiles.findAll(people);
        Map<UUID, List<QuestionnaireResponse>> latest = responses.latestSubmitted(people, 2);
        Map<UUID, Set<ConsentPurpose>> given = consents.givenBy(people);
        Map<UUID, UUID> school = schools.of(people);
        Map<UUID, Known> known = new HashMap<>();
        for (UUID person : people) {
            known.put(
                    person,
                    new Known(
                            Optional.ofNullable(found.get(person)),
                            QuestionnaireAnswering.competencyProfile(latest.getOrDefault(person, List.of())),
                            Optional.ofNullable(school.get(person)),
                            given.getOrDefault(person, Set.of())));
        }
        return known;
    }

    private MenteeCandidate mentee(MentoringRequest request, Known known) {
        RequestTerms t = request.terms();
        MatchProfile match = profile(
                request.menteeId(),
                known,
                t.languages(),
                t.format().map(f -> Set.of(f.meeting())).orElse(EnumSet.allOf(MeetingFormat.class)),
                t.mode().map(m -> Set.of(m.meeting())).orElse(EnumSet.allOf(MeetingMode.class)),
                t.region(),
                known.profile().flatMap(Profile::availability),
                List.of(),
                Set.of());
        return new MenteeCandidate(
                request.id(),
                match,
                known.competencies().map(DimensionScores::needsFrom).orElse(DimensionScores.NONE));
    }

    private MentorCandidate mentor(MentorOffer offer, Known known) {
        OfferTerms t = offer.terms();
        MatchProfile match = profile(
                offer.mentorId(),
                known,
                t.languages(),
                t.formats().stream().map(MentoringFormat::meeting).collect(Collectors.toSet()),
                t.modes().stream().map(MentoringMode::meeting).collect(Collectors.toSet()),
                t.region(),
                t.availability().or(() -> known.profile().flatMap(Profile::availability)),
                t.expertise().subjects(),
                t.expertise().schoolLevels());
        return new MentorCandidate(
                offer.id(),
                match,
                offer.remainingCapacity(),
                known.competencies().map(DimensionScores::strengthsFrom).orElse(DimensionScores.NONE),
                1.0 / (1 + offer.missedProposals()));
    }

    private MatchProfile profile(
            UUID person,
            Known known,
            List<String> languages,
            Set<MeetingFormat> formats,
            Set<MeetingMode> modes,
            Optional<String> region,
            Optional<Availability> availability,
            Collection<String> moreSubjects,
            Set<IscedLevel> moreLevels) {
        Optional<Profile> profile = known.profile();
        List<LanguageSkill> skills = profile.map(Profile::languages).orElse(List.of());
        List<LanguageSkill> spoken = languages.stream()
                .map(code -> skills.stream()
                        .filter(s -> s.language().equals(code))
                        .findFirst()
                        .orElse(new LanguageSkill(code, UNLISTED_LEVEL, false)))
                .toList();
        TreeSet<String> subjects = new TreeSet<>(moreSubjects);
        profile.ifPresent(p -> subjects.addAll(p.background().subjects()));
        Set<IscedLevel> levels = EnumSet.noneOf(IscedLevel.class);
        levels.addAll(moreLevels);
        profile.ifPresent(p -> levels.addAll(p.background().schoolLevels()));
        return new MatchProfile(
                person,
                spoken,
                formats,
                modes,
                region,
                availability,
                profile.flatMap(p -> p.background().careerStage()),
                subjects,
                levels,
                known.school(),
                known.consents(),
                new TreeSet<>());
    }
}
