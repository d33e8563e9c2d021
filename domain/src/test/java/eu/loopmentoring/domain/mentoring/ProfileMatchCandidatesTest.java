package eu.loopmentoring.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.fakes.InMemoryProfiles;
import eu.loopmentoring.domain.matching.MatchProfile;
import eu.loopmentoring.domain.matching.MenteeCandidate;
import eu.loopmentoring.domain.matching.MentorCandidate;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.profile.Consent;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.profile.InMemoryAnswering;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.ProfessionalBackground;
import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.ProfileVisibility;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How requests, offers, profiles, consents and schools become the matching engine's candidates. */
class ProfileMatchCandidatesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private final InMemoryAnswering answering = new InMemoryAnswering(clock);
    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final Map<UUID, UUID> schools = new HashMap<>();
    private final ProfileMatchCandidates candidates = new ProfileMatchCandidates(
            profiles,
            answering.answering,
            answering.responses,
            answering.consents,
            people -> people.stream().filter(schools::containsKey).collect(Collectors.toMap(p -> p, schools::get)));

    private final UUID ana = UUID.randomUUID();
    private final UUID sofia = UUID.randomUUID();
    private final UUID joao = UUID.randomUUID();

    @Test
    void cultural_background_is_usable_only_for_people_whose_consent_is_given_now() {
        consentToCulturalBackground(ana);
        consentToCulturalBackground(sofia);
        answering.consents.withdraw(sofia, ConsentPurpose.CULTURAL_BACKGROUND, clock.instant());
        MentoringRequest anas = request(ana);
        MentoringRequest sofias = request(sofia);
        MentorOffer joaos = offer(joao);

        assertThat(candidates.mentee(anas).profile().consentedToCulturalBackground())
                .isTrue();
        assertThat(candidates.mentee(sofias).profile().consentedToCulturalBackground())
                .as("withdrawn")
                .isFalse();
        assertThat(candidates.mentor(joaos).profile().consentedToCulturalBackground())
                .as("never given")
                .isFalse();
        assertThat(candidates.mentees(List.of(anas, sofias)).stream()
                        .map(c -> c.profile().consentedToCulturalBackground()))
                .as("read in bulk for a run")
                .containsExactly(true, false);
        assertThat(candidates.mentors(List.of(joaos)).getFirst().profile().consentedToCulturalBackground())
                .isFalse();
    }

    @Test
    void a_persons_school_is_the_one_the_schools_port_names_and_none_for_people_in_no_school() {
        UUID almada = UUID.randomUUID();
        schools.put(joao, almada);
        schools.put(ana, almada);
        MentorOffer joaos = offer(joao);
        MentoringRequest anas = request(ana);
        MentoringRequest sofias = request(sofia);

        assertThat(candidates.mentor(joaos).profile().schoolId()).contains(almada);
        assertThat(candidates.mentee(anas).profile().schoolId()).contains(almada);
        assertThat(candidates.mentee(sofias).profile().schoolId()).isEmpty();
        assertThat(candidates.mentees(List.of(anas, sofias)).stream()
                        .map(c -> c.profile().schoolId()))
                .as("read in bulk for a run")
                .containsExactly(Optional.of(almada), Optional.empty());
        assertThat(candidates.mentors(List.of(joaos)).getFirst().profile().schoolId())
                .contains(almada);
    }

    @Test
    void a_language_is_at_the_level_the_profile_states_and_at_b2_when_the_profile_does_not_list_it() {
        profiles.stored.put(ana, profile(ana, new LanguageSkill("pt", CefrLevel.C2, true)));
        MentoringRequest request = MentoringRequest.open(
                ana,
                "Ana",
                new RequestTerms(
                        Set.of(),
                        "Manage a noisy class",
                        List.of("pt", "en"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                Optional.empty(),
                Optional.empty(),
                clock.instant());

        MatchProfile profile = candidates.mentee(request).profile();

        assertThat(profile.languages())
                .containsExactly(
                        new LanguageSkill("en", CefrLevel.B2, false), new LanguageSkill("pt", CefrLevel.C2, true));
    }

    @Test
    void every_proposal_a_mentor_let_expire_lowers_their_responsiveness() {
        MentorOffer offer = offer(joao);

        assertThat(candidates.mentor(offer).responsiveness()).isEqualTo(1.0);
        assertThat(candidates.mentor(offer.missedProposal()).responsiveness()).isEqualTo(0.5);
        assertThat(candidates.mentor(offer.missedProposal().missedProposal()).responsiveness())
                .isEqualTo(1.0 / 3);
    }

    @Test
    void a_mentor_offers_the_subjects_of_their_profile_and_of_their_offer() {
        profiles.stored.put(
                joao,
                new Profile(
                        joao,
                        new ProfessionalBackground(
                                Optional.empty(), Optional.empty(), List.of("Physics"), Set.of(), Optional.empty()),
                        List.of(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Set.of(),
                        ProfileVisibility.DEFAULT,
                        1,
                        Optional.empty()));

        MentorCandidate mentor = candidates.mentor(offer(joao));
        MenteeCandidate mentee = candidates.mentee(request(ana));

        assertThat(mentor.profile().subjects()).containsExactly("mathematics", "physics");
        assertThat(mentee.profile().subjects()).isEmpty();
    }

    private void consentToCulturalBackground(UUID person) {
        answering.consents.add(new Consent(
                UUID.randomUUID(),
                person,
                ConsentPurpose.CULTURAL_BACKGROUND,
                "2026-01",
                Instant.parse("2026-11-01T09:00:00Z"),
                Optional.empty()));
    }

    private MentoringRequest request(UUID mentee) {
        return MentoringRequest.open(
                mentee,
                "a mentee",
                new RequestTerms(
                        Set.of(),
                        "Manage a noisy class",
                        List.of("pt"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                Optional.empty(),
                Optional.empty(),
                clock.instant());
    }

    private MentorOffer offer(UUID mentor) {
        return MentorOffer.create(mentor, "a mentor", InMemoryMentoringFixtures.terms(2), clock.instant());
    }

    private static Profile profile(UUID person, LanguageSkill... languages) {
        return new Profile(
                person,
                ProfessionalBackground.NONE,
                List.of(languages),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                ProfileVisibility.DEFAULT,
                1,
                Optional.empty());
    }
}
