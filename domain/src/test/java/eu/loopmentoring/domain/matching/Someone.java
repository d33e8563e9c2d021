package eu.loopmentoring.domain.matching;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A person for the matching tests, built one trait at a time, who then asks for a mentor or offers
 * mentoring. Defaults: speaks English at C1, one-to-one, online, nothing else known.
 */
final class Someone {

    /** A Monday in winter: Lisbon is UTC+0 and Helsinki UTC+2. */
    static final LocalDate WINTER = LocalDate.of(2025, 1, 13);

    private UUID personId = UUID.randomUUID();
    private UUID ownId = UUID.randomUUID();
    private final List<LanguageSkill> languages = new ArrayList<>();
    private Set<MeetingFormat> formats = EnumSet.of(MeetingFormat.ONE_TO_ONE);
    private Set<MeetingMode> modes = EnumSet.of(MeetingMode.ONLINE);
    private Optional<String> region = Optional.empty();
    private Optional<Availability> availability = Optional.empty();
    private Optional<CareerStage> stage = Optional.empty();
    private Set<String> subjects = Set.of();
    private Set<IscedLevel> levels = Set.of();
    private Optional<UUID> school = Optional.empty();
    private final Set<ConsentPurpose> consents = EnumSet.noneOf(ConsentPurpose.class);
    private Set<String> culture = Set.of();
    private final TreeMap<String, Integer> dimensions = new TreeMap<>();
    private int capacity = 1;
    private double responsiveness = 0;

    static Someone new_() {
        return new Someone();
    }

    Someone person(UUID id) {
        personId = id;
        return this;
    }

    /** The request's or the offer's id. */
    Someone id(UUID id) {
        ownId = id;
        return this;
    }

    Someone speaks(String language, CefrLevel level) {
        languages.add(new LanguageSkill(language, level, false));
        return this;
    }

    Someone native_(String language) {
        languages.add(new LanguageSkill(language, CefrLevel.C2, true));
        return this;
    }

    Someone formats(MeetingFormat... values) {
        formats = Set.of(values);
        return this;
    }

    Someone modes(MeetingMode... values) {
        modes = Set.of(values);
        return this;
    }

    Someone region(String value) {
        region = Optional.of(value);
        return this;
    }

    Someone free(String zone, DayOfWeek day, String from, String to) {
        List<WeeklySlot> slots =
                new ArrayList<>(availability.map(Availability::weeklySlots).orElse(List.of()));
        slots.add(new WeeklySlot(day, LocalTime.parse(from), LocalTime.parse(to)));
        availability = Optional.of(new Availability(4, ZoneId.of(zone), slots));
        return this;
    }

    Someone stage(CareerStage value) {
        stage = Optional.of(value);
        return this;
    }

    Someone subjects(String... values) {
        subjects = new TreeSet<>(Arrays.asList(values));
        return this;
    }

    Someone levels(IscedLevel... values) {
        levels = Set.of(values);
        return this;
    }

    Someone school(UUID id) {
        school = Optional.of(id);
        return this;
    }

    Someone consents(ConsentPurpose purpose) {
        consents.add(purpose);
        return this;
    }

    Someone culture(String... items) {
        culture = Set.of(items);
        return this;
    }

    /** A need (for a mentee) or a strength (for a mentor) on a dimension, 0-100. */
    Someone on(String dimension, int score) {
        dimensions.put(dimension, score);
        return this;
    }

    Someone capacity(int value) {
        capacity = value;
        return this;
    }

    Someone responsiveness(double value) {
        responsiveness = value;
        return this;
    }

    UUID personId() {
        return personId;
    }

    MatchProfile profile() {
        return new MatchProfile(
                personId,
                languages.isEmpty() ? List.of(new LanguageSkill("en", CefrLevel.C1, false)) : languages,
                formats,
                modes,
                region,
                availability,
                stage,
                new TreeSet<>(subjects),
                levels,
                school,
                consents,
                new TreeSet<>(culture));
    }

    MenteeCandidate mentee() {
        return new MenteeCandidate(ownId, profile(), new DimensionScores(new TreeMap<>(dimensions)));
    }

    MentorCandidate mentor() {
        return new MentorCandidate(
                ownId, profile(), capacity, new DimensionScores(new TreeMap<>(dimensions)), responsiveness);
    }
}
