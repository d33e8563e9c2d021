package eu.loopmentoring.bench.matching;

import eu.loopmentoring.domain.matching.BlockedPair;
import eu.loopmentoring.domain.matching.DimensionScores;
import eu.loopmentoring.domain.matching.MatchProfile;
import eu.loopmentoring.domain.matching.MatchingInput;
import eu.loopmentoring.domain.matching.MeetingFormat;
import eu.loopmentoring.domain.matching.MeetingMode;
import eu.loopmentoring.domain.matching.MenteeCandidate;
import eu.loopmentoring.domain.matching.MentorCandidate;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Realistic random cohorts from a seed: teachers in eight European countries, who speak their
 * country's language natively and often English, meet online or in person in one of their
 * country's regions, are free on some weekday evenings in their own time zone, and come mostly
 * early in their career (mentees) or late (mentors).
 */
final class CohortGenerator {

    record Country(String code, String language, String zone) {}

    static final List<Country> COUNTRIES = List.of(
            new Country("PT", "pt", "Europe/Lisbon"),
            new Country("ES", "es", "Europe/Madrid"),
            new Country("IT", "it", "Europe/Rome"),
            new Country("FI", "fi", "Europe/Helsinki"),
            new Country("EE", "et", "Europe/Tallinn"),
            new Country("DE", "de", "Europe/Berlin"),
            new Country("FR", "fr", "Europe/Paris"),
            new Country("GR", "el", "Europe/Athens"));

    static final List<String> SUBJECTS = List.of(
            "mathematics", "physics", "chemistry", "biology", "history", "geography", "mother-tongue",
            "english", "arts", "music", "physical-education", "computer-science");

    static final List<String> DIMENSIONS = List.of(
            "PEDAGOGICAL_CONCEPTIONS", "EXPERIENCE", "COMMUNICATION_SKILLS", "CREATIVITY",
            "PROFESSIONAL_KNOWLEDGE", "PROBLEM_SOLVING");

    static final List<String> BACKGROUNDS = List.of("migrant", "rural", "bilingual", "minority-language", "urban");

    private final Random random;
    private final int schools;

    CohortGenerator(long seed, int schools) {
        this.random = new Random(seed);
        this.schools = schools;
    }

    MatchingInput generate(int requests, int offers, int capacity, int blockedPairs, LocalDate week) {
        List<UUID> schoolIds = new ArrayList<>();
        for (int s = 0; s < schools; s++) schoolIds.add(uuid());
        List<MenteeCandidate> mentees = new ArrayList<>(requests);
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            MatchProfile profile = profile(false, schoolIds);
            people.add(profile.personId());
            mentees.add(new MenteeCandidate(uuid(), profile, scores(true)));
        }
        List<MentorCandidate> mentors = new ArrayList<>(offers);
        for (int j = 0; j < offers; j++) {
            MatchProfile profile = profile(true, schoolIds);
            people.add(profile.personId());
            double responsiveness = Math.min(1.0, Math.max(0.0, 0.75 + random.nextGaussian() * 0.2));
            mentors.add(new MentorCandidate(uuid(), profile, capacity, scores(false), responsiveness));
        }
        Set<BlockedPair> blocked = new HashSet<>();
        while (blocked.size() < blockedPairs) {
            blocked.add(BlockedPair.of(
                    people.get(random.nextInt(requests)), people.get(requests + random.nextInt(offers))));
        }
        return new MatchingInput(mentees, mentors, blocked, week);
    }

    private MatchProfile profile(boolean mentor, List<UUID> schoolIds) {
        Country country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        List<LanguageSkill> languages = new ArrayList<>();
        languages.add(new LanguageSkill(country.language(), CefrLevel.C2, true));
        if (random.nextDouble() < (mentor ? 0.65 : 0.55)) {
            languages.add(new LanguageSkill("en", CefrLevel.values()[2 + random.nextInt(4)], false));
        }
        if (random.nextDouble() < 0.15) {
            Country other = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            if (!other.language().equals(country.language())) {
                languages.add(new LanguageSkill(other.language(), CefrLevel.values()[1 + random.nextInt(5)], false));
            }
        }
        Set<MeetingFormat> formats = EnumSet.noneOf(MeetingFormat.class);
        if (mentor) {
            if (random.nextDouble() < 0.9) formats.add(MeetingFormat.ONE_TO_ONE);
            if (random.nextDouble() < 0.4) formats.add(MeetingFormat.GROUP);
            if (random.nextDouble() < 0.2) formats.add(MeetingFormat.PEER);
            if (formats.isEmpty()) formats.add(MeetingFormat.ONE_TO_ONE);
        } else {
            double f = random.nextDouble();
            formats.add(f < 0.8 ? MeetingFormat.ONE_TO_ONE : f < 0.92 ? MeetingFormat.GROUP : MeetingFormat.PEER);
        }
        Set<MeetingMode> modes = EnumSet.noneOf(MeetingMode.class);
        double m = random.nextDouble();
        if (m < (mentor ? 0.5 : 0.55)) {
            modes.add(MeetingMode.ONLINE);
        } else if (m < (mentor ? 0.7 : 0.8)) {
            modes.add(MeetingMode.IN_PERSON);
        } else {
            modes.add(MeetingMode.ONLINE);
            modes.add(MeetingMode.IN_PERSON);
        }
        Optional<String> region = modes.contains(MeetingMode.IN_PERSON)
                ? Optional.of(country.code() + "-" + (1 + random.nextInt(4)))
                : Optional.empty();
        List<WeeklySlot> slots = new ArrayList<>();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int k = 0, count = 1 + random.nextInt(3); k < count; k++) {
            DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
            if (days.add(day)) {
                int from = 15 + random.nextInt(5);
                slots.add(new WeeklySlot(day, LocalTime.of(from, random.nextBoolean() ? 0 : 30), LocalTime.of(from + 2, 0)));
            }
        }
        Availability availability = new Availability(4 + random.nextInt(8), ZoneId.of(country.zone()), slots);
        CareerStage stage = mentor
                ? CareerStage.values()[2 + Math.min(2, random.nextInt(4))]
                : CareerStage.values()[random.nextInt(3)];
        TreeSet<String> subjects = new TreeSet<>();
        for (int k = 0, count = 1 + random.nextInt(3); k < count; k++) {
            subjects.add(SUBJECTS.get(random.nextInt(SUBJECTS.size())));
        }
        Set<IscedLevel> levels = EnumSet.of(IscedLevel.values()[1 + random.nextInt(3)]);
        if (random.nextDouble() < 0.3) levels.add(IscedLevel.values()[random.nextInt(4)]);
        Set<ConsentPurpose> consents = random.nextDouble() < 0.3 ? Set.of(ConsentPurpose.CULTURAL_BACKGROUND) : Set.of();
        TreeSet<String> background = new TreeSet<>();
        if (!consents.isEmpty()) background.add(BACKGROUNDS.get(random.nextInt(BACKGROUNDS.size())));
        return new MatchProfile(
                uuid(),
                languages,
                formats,
                modes,
                region,
                Optional.of(availability),
                Optional.of(stage),
                subjects,
                levels,
                Optional.of(schoolIds.get(random.nextInt(schoolIds.size()))),
                consents,
                background);
    }

    private DimensionScores scores(boolean needs) {
        TreeMap<String, Integer> scores = new TreeMap<>();
        for (String dimension : DIMENSIONS) {
            int base = needs ? 35 : 65;
            scores.put(dimension, Math.max(0, Math.min(100, (int) Math.round(base + random.nextGaussian() * 20))));
        }
        return new DimensionScores(scores);
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
