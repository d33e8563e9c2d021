package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.matching.Contribution.CulturalUse;
import eu.loopmentoring.domain.matching.Contribution.DimensionFit;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.LanguageSkill;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Mentees and mentors compiled once into arrays (bit sets, interval lists, interned keys), so that
 * filtering and scoring a pair allocates nothing: a batch run looks at millions of pairs. The
 * explaining path computes every contribution with the same methods, so an explanation always
 * adds up to the score the fast path gives.
 */
final class Cohort {

    private static final int ONLINE = 1 << MeetingMode.ONLINE.ordinal();
    private static final int IN_PERSON = 1 << MeetingMode.IN_PERSON.ordinal();

    final MatchingPolicy policy;
    final List<MenteeCandidate> mentees;
    final List<MentorCandidate> mentors;

    private final Set<Filter> active;
    private final boolean checkLanguage;
    private final boolean checkMode;
    private final boolean checkFormat;
    private final boolean checkSchool;
    private final boolean checkCapacity;
    private final long[] weight = new long[Criterion.values().length];

    private final Side menteeSide;
    private final Side mentorSide;
    private final int[][] needDimension;
    private final int[][] need;
    private final long[] needSum;
    private final int[][] strength;
    private final int[] capacity;
    private final int[] permille;
    private final int[][] blockedByPerson;

    Cohort(
            MatchingPolicy policy,
            List<MenteeCandidate> mentees,
            List<MentorCandidate> mentors,
            Collection<BlockedPair> blocked,
            LocalDate week,
            boolean capacityAlwaysApplies) {
        this.policy = policy;
        this.mentees = List.copyOf(mentees);
        this.mentors = List.copyOf(mentors);
        EnumSet<Filter> filters = EnumSet.copyOf(policy.filters().active());
        if (capacityAlwaysApplies) {
            filters.add(Filter.CAPACITY_LEFT);
        }
        this.active = filters;
        this.checkLanguage = active.contains(Filter.SHARED_LANGUAGE);
        this.checkMode = active.contains(Filter.MODE_AND_REGION);
        this.checkFormat = active.contains(Filter.FORMAT);
        this.checkSchool = active.contains(Filter.DIFFERENT_SCHOOL);
        this.checkCapacity = active.contains(Filter.CAPACITY_LEFT);
        for (Criterion criterion : Criterion.values()) {
            weight[criterion.ordinal()] = policy.weights().milli(criterion);
        }
        LocalDate monday = WeeklyMinutes.weekOf(week);
        List<MatchProfile> menteeProfiles =
                this.mentees.stream().map(MenteeCandidate::profile).toList();
        List<MatchProfile> mentorProfiles =
                this.mentors.stream().map(MentorCandidate::profile).toList();
        Keys keys = new Keys(policy, menteeProfiles, mentorProfiles);
        menteeSide = new Side(menteeProfiles, keys, monday);
        mentorSide = new Side(mentorProfiles, keys, monday);

        Map<String, Integer> dimensions = new HashMap<>();
        this.mentees.forEach(
                m -> m.needs().values().keySet().forEach(k -> dimensions.putIfAbsent(k, dimensions.size())));
        this.mentors.forEach(
                m -> m.strengths().values().keySet().forEach(k -> dimensions.putIfAbsent(k, dimensions.size())));
        int n = this.mentees.size();
        needDimension = new int[n][];
        need = new int[n][];
        needSum = new long[n];
        for (int i = 0; i < n; i++) {
            List<Entry<String, Integer>> top = topNeeds(this.mentees.get(i));
            needDimension[i] =
                    top.stream().mapToInt(e -> dimensions.get(e.getKey())).toArray();
            need[i] = top.stream().mapToInt(Entry::getValue).toArray();
            needSum[i] = Arrays.stream(need[i]).sum();
        }
        int m = this.mentors.size();
        strength = new int[m][dimensions.size()];
        capacity = new int[m];
        permille = new int[m];
        for (int j = 0; j < m; j++) {
            MentorCandidate mentor = this.mentors.get(j);
            int[] row = strength[j];
            mentor.strengths().values().forEach((k, v) -> row[dimensions.get(k)] = v);
            capacity[j] = mentor.remainingCapacity();
            permille[j] = mentor.responsivenessPermille();
        }
        blockedByPerson = blocked(blocked, keys.persons);
    }

    int menteeCount() {
        return mentees.size();
    }

    int mentorCount() {
        return mentors.size();
    }

    int capacity(int mentor) {
        return capacity[mentor];
    }

    /** The highest score a pair can get, in milli-points. */
    long maxScore() {
        return policy.weights().maxMilli();
    }

    // ---- filters

    /** Whether the pair passes every active filter; stops at the first failure. */
    boolean feasible(int i, int j) {
        return failures(i, j, false) == 0;
    }

    /** The active filters the pair fails, as bits by {@link Filter#ordinal()}. */
    int failures(int i, int j) {
        return failures(i, j, true);
    }

    private int failures(int i, int j, boolean all) {
        int failed = 0;
        if (checkCapacity && capacity[j] <= 0) {
            failed |= bit(Filter.CAPACITY_LEFT);
            if (!all) return failed;
        }
        if (checkFormat && (menteeSide.formats[i] & mentorSide.formats[j]) == 0) {
            failed |= bit(Filter.FORMAT);
            if (!all) return failed;
        }
        if (checkMode && commonModes(i, j) == 0) {
            failed |= bit(Filter.MODE_AND_REGION);
            if (!all) return failed;
        }
        if (checkLanguage && !Bits.intersects(menteeSide.languages[i], mentorSide.languages[j])) {
            failed |= bit(Filter.SHARED_LANGUAGE);
            if (!all) return failed;
        }
        if (checkSchool && menteeSide.school[i] >= 0 && menteeSide.school[i] == mentorSide.school[j]) {
            failed |= bit(Filter.DIFFERENT_SCHOOL);
            if (!all) return failed;
        }
        int mentee = menteeSide.person[i];
        int mentor = mentorSide.person[j];
        if (mentee == mentor) {
            failed |= bit(Filter.NOT_SELF);
            if (!all) return failed;
        }
        if (Arrays.binarySearch(blockedByPerson[mentee], mentor) >= 0) {
            failed |= bit(Filter.NOT_BLOCKED);
        }
        return failed;
    }

    static int bit(Filter filter) {
        return 1 << filter.ordinal();
    }

    static Set<Filter> filters(int bits) {
        EnumSet<Filter> filters = EnumSet.noneOf(Filter.class);
        for (Filter filter : Filter.values()) {
            if ((bits & bit(filter)) != 0) {
                filters.add(filter);
            }
        }
        return filters;
    }

    private int commonModes(int i, int j) {
        int common = menteeSide.modes[i] & mentorSide.modes[j];
        if ((common & IN_PERSON) != 0 && (menteeSide.region[i] < 0 || menteeSide.region[i] != mentorSide.region[j])) {
            common &= ~IN_PERSON;
        }
        return common;
    }

    // ---- criteria, in milli-points

    long score(int i, int j) {
        return complementarity(i, j)
                + careerStage(i, j)
                + subjects(i, j)
                + schoolLevels(i, j)
                + availability(i, j)
                + responsiveness(j)
                + culturalBackground(i, j);
    }

    private long complementarity(int i, int j) {
        int[] dims = needDimension[i];
        int[] needs = need[i];
        int[] strengths = strength[j];
        long weighted = 0;
        for (int k = 0; k < dims.length; k++) {
            weighted += (long) needs[k] * strengths[dims[k]];
        }
        return Points.share(weight(Criterion.COMPLEMENTARITY), weighted, 100 * needSum[i]);
    }

    private long careerStage(int i, int j) {
        int gap = stageGap(i, j);
        if (gap == Integer.MIN_VALUE) {
            return 0;
        }
        int distance = gap < policy.idealGapMin()
                ? policy.idealGapMin() - gap
                : gap > policy.idealGapMax() ? gap - policy.idealGapMax() : 0;
        int tolerance = policy.gapTolerance();
        return Points.share(weight(Criterion.CAREER_STAGE), tolerance - distance, tolerance);
    }

    private int stageGap(int i, int j) {
        int mentee = menteeSide.stage[i];
        int mentor = mentorSide.stage[j];
        return mentee < 0 || mentor < 0 ? Integer.MIN_VALUE : mentor - mentee;
    }

    private long subjects(int i, int j) {
        return Points.share(
                weight(Criterion.SUBJECTS),
                Bits.common(menteeSide.subjects[i], mentorSide.subjects[j]),
                menteeSide.subjectCount[i]);
    }

    private long schoolLevels(int i, int j) {
        return Points.share(
                weight(Criterion.SCHOOL_LEVELS),
                Integer.bitCount(menteeSide.levels[i] & mentorSide.levels[j]),
                Integer.bitCount(menteeSide.levels[i]));
    }

    private long availability(int i, int j) {
        int target = policy.availabilityTargetMinutes();
        return Points.share(weight(Criterion.AVAILABILITY), overlapMinutes(i, j), target);
    }

    private int overlapMinutes(int i, int j) {
        return WeeklyMinutes.overlap(menteeSide.availability[i], mentorSide.availability[j]);
    }

    private long responsiveness(int j) {
        return Points.share(weight(Criterion.RESPONSIVENESS), permille[j], 1000);
    }

    private long culturalBackground(int i, int j) {
        if (!menteeSide.cultureConsent[i] || !mentorSide.cultureConsent[j]) {
            return 0;
        }
        return Points.share(
                weight(Criterion.CULTURAL_BACKGROUND),
                Bits.common(menteeSide.culture[i], mentorSide.culture[j]),
                menteeSide.cultureCount[i]);
    }

    private long weight(Criterion criterion) {
        return weight[criterion.ordinal()];
    }

    // ---- explanations

    /** The explanation of a pair that passes the filters (the caller checks). */
    PairExplanation explain(int i, int j) {
        MenteeCandidate mentee = mentees.get(i);
        MentorCandidate mentor = mentors.get(j);
        MatchProfile a = mentee.profile();
        MatchProfile b = mentor.profile();
        List<Contribution> contributions = new ArrayList<>();

        List<DimensionFit> fits = new ArrayList<>();
        for (Entry<String, Integer> top : topNeeds(mentee)) {
            fits.add(new DimensionFit(
                    top.getKey(), top.getValue(), mentor.strengths().get(top.getKey())));
        }
        contributions.add(new Contribution.Complementarity(fits, complementarity(i, j)));

        int gap = stageGap(i, j);
        contributions.add(new Contribution.CareerStageGap(
                a.careerStage(),
                b.careerStage(),
                gap == Integer.MIN_VALUE ? Optional.empty() : Optional.of(gap),
                policy.idealGapMin(),
                policy.idealGapMax(),
                careerStage(i, j)));

        contributions.add(new Contribution.SubjectOverlap(
                List.copyOf(common(a.subjects(), b.subjects())), a.subjects().size(), subjects(i, j)));

        EnumSet<IscedLevel> levels = EnumSet.noneOf(IscedLevel.class);
        levels.addAll(a.schoolLevels());
        levels.retainAll(b.schoolLevels());
        contributions.add(
                new Contribution.SchoolLevelOverlap(levels, a.schoolLevels().size(), schoolLevels(i, j)));

        contributions.add(new Contribution.AvailabilityOverlap(
                overlapMinutes(i, j), policy.availabilityTargetMinutes(), availability(i, j)));

        contributions.add(new Contribution.Responsiveness(permille[j], responsiveness(j)));

        CulturalUse use = culturalUse(a, b);
        contributions.add(new Contribution.CulturalBackground(
                use,
                use == CulturalUse.USED
                        ? List.copyOf(common(a.culturalBackground(), b.culturalBackground()))
                        : List.of(),
                culturalBackground(i, j)));

        long total = contributions.stream().mapToLong(Contribution::milliPoints).sum();
        if (total != score(i, j)) {
            throw new IllegalStateException("explanation and score disagree for " + mentee.requestId());
        }
        return new PairExplanation(mentee.requestId(), mentor.offerId(), total, contributions, shared(i, j), active);
    }

    private PairExplanation.Shared shared(int i, int j) {
        MatchProfile a = mentees.get(i).profile();
        MatchProfile b = mentors.get(j).profile();
        List<String> languages = new ArrayList<>();
        for (int k : Bits.members(Bits.and(menteeSide.languages[i], mentorSide.languages[j]))) {
            languages.add(menteeSide.keys.languages.name(k));
        }
        languages.sort(null);
        EnumSet<MeetingFormat> formats = EnumSet.noneOf(MeetingFormat.class);
        for (MeetingFormat format : MeetingFormat.values()) {
            if (((menteeSide.formats[i] & mentorSide.formats[j]) & (1 << format.ordinal())) != 0) {
                formats.add(format);
            }
        }
        int modeBits = commonModes(i, j);
        EnumSet<MeetingMode> modes = EnumSet.noneOf(MeetingMode.class);
        for (MeetingMode mode : MeetingMode.values()) {
            if ((modeBits & (1 << mode.ordinal())) != 0) {
                modes.add(mode);
            }
        }
        Optional<String> region = modes.contains(MeetingMode.IN_PERSON) ? a.region() : Optional.empty();
        return new PairExplanation.Shared(languages, formats, modes, region);
    }

    private static CulturalUse culturalUse(MatchProfile mentee, MatchProfile mentor) {
        boolean a = mentee.consentedToCulturalBackground();
        boolean b = mentor.consentedToCulturalBackground();
        if (!a && !b) return CulturalUse.NEITHER_CONSENTED;
        if (!a) return CulturalUse.MENTEE_DID_NOT_CONSENT;
        if (!b) return CulturalUse.MENTOR_DID_NOT_CONSENT;
        return mentee.culturalBackground().isEmpty() ? CulturalUse.NOTHING_GIVEN : CulturalUse.USED;
    }

    private static SortedSet<String> common(SortedSet<String> a, SortedSet<String> b) {
        TreeSet<String> common = new TreeSet<>(a);
        common.retainAll(b);
        return common;
    }

    /** The mentee's highest needs (above 0), strongest first, ties by name, at most the policy's count. */
    private List<Entry<String, Integer>> topNeeds(MenteeCandidate mentee) {
        return mentee.needs().values().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Entry.<String, Integer>comparingByValue().reversed().thenComparing(Entry.comparingByKey()))
                .limit(policy.needDimensions())
                .toList();
    }

    private static int[][] blocked(Collection<BlockedPair> pairs, KeyIndex persons) {
        Map<Integer, TreeSet<Integer>> byPerson = new HashMap<>();
        for (BlockedPair pair : pairs) {
            int a = persons.find(pair.first().toString());
            int b = persons.find(pair.second().toString());
            if (a >= 0 && b >= 0) {
                byPerson.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
                byPerson.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
            }
        }
        int[][] blocked = new int[persons.size()][];
        for (int p = 0; p < blocked.length; p++) {
            TreeSet<Integer> others = byPerson.get(p);
            blocked[p] = others == null
                    ? new int[0]
                    : others.stream().mapToInt(Integer::intValue).toArray();
        }
        return blocked;
    }

    // ---- compiled form

    /** Every key of both sides, numbered, so that both sides' bit sets line up. */
    private static final class Keys {
        final MatchingPolicy policy;
        final KeyIndex persons = new KeyIndex();
        final KeyIndex languages = new KeyIndex();
        final KeyIndex subjects = new KeyIndex();
        final KeyIndex regions = new KeyIndex();
        final KeyIndex schools = new KeyIndex();
        final KeyIndex culture = new KeyIndex();

        Keys(MatchingPolicy policy, List<MatchProfile> one, List<MatchProfile> other) {
            this.policy = policy;
            for (List<MatchProfile> side : List.of(one, other)) {
                for (MatchProfile p : side) {
                    persons.add(p.personId().toString());
                    p.languages().stream().filter(this::counts).forEach(l -> languages.add(l.language()));
                    p.subjects().forEach(subjects::add);
                    p.region().map(Keys::region).ifPresent(regions::add);
                    p.schoolId().map(UUID::toString).ifPresent(schools::add);
                    p.culturalBackground().forEach(culture::add);
                }
            }
        }

        boolean counts(LanguageSkill skill) {
            return skill.motherTongue() || skill.level().compareTo(policy.minimumLanguageLevel()) >= 0;
        }

        static String region(String region) {
            return region.toLowerCase(Locale.ROOT);
        }
    }

    private static final class Side {
        final Keys keys;
        final int[] person;
        final long[][] languages;
        final int[] formats;
        final int[] modes;
        final int[] region;
        final int[][] availability;
        final int[] stage;
        final long[][] subjects;
        final int[] subjectCount;
        final int[] levels;
        final int[] school;
        final boolean[] cultureConsent;
        final long[][] culture;
        final int[] cultureCount;

        Side(List<MatchProfile> profiles, Keys keys, LocalDate monday) {
            this.keys = keys;
            int n = profiles.size();
            person = new int[n];
            languages = new long[n][];
            formats = new int[n];
            modes = new int[n];
            region = new int[n];
            availability = new int[n][];
            stage = new int[n];
            subjects = new long[n][];
            subjectCount = new int[n];
            levels = new int[n];
            school = new int[n];
            cultureConsent = new boolean[n];
            culture = new long[n][];
            cultureCount = new int[n];
            for (int i = 0; i < n; i++) {
                MatchProfile p = profiles.get(i);
                person[i] = keys.persons.find(p.personId().toString());
                languages[i] = keys.languages.bits(p.languages().stream()
                        .filter(keys::counts)
                        .map(LanguageSkill::language)
                        .toList());
                formats[i] = mask(p.formats(), MeetingFormat::ordinal);
                modes[i] = mask(p.modes(), MeetingMode::ordinal);
                region[i] =
                        p.region().map(r -> keys.regions.find(Keys.region(r))).orElse(-1);
                availability[i] =
                        p.availability().map(a -> WeeklyMinutes.of(a, monday)).orElse(WeeklyMinutes.NONE);
                stage[i] = p.careerStage().map(CareerStage::ordinal).orElse(-1);
                subjects[i] = keys.subjects.bits(p.subjects());
                subjectCount[i] = p.subjects().size();
                levels[i] = mask(p.schoolLevels(), IscedLevel::ordinal);
                school[i] =
                        p.schoolId().map(s -> keys.schools.find(s.toString())).orElse(-1);
                cultureConsent[i] = p.consentedToCulturalBackground();
                culture[i] = keys.culture.bits(p.culturalBackground());
                cultureCount[i] = p.culturalBackground().size();
            }
        }

        private static <E> int mask(Collection<E> values, Function<E, Integer> ordinal) {
            int mask = 0;
            for (E value : values) {
                mask |= 1 << ordinal.apply(value);
            }
            return mask;
        }
    }

    /** Keys numbered in the order first seen; the order of a cohort's input is canonical already. */
    static final class KeyIndex {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        void add(String key) {
            if (ids.putIfAbsent(key, names.size()) == null) {
                names.add(key);
            }
        }

        int find(String key) {
            return ids.getOrDefault(key, -1);
        }

        String name(int id) {
            return names.get(id);
        }

        int size() {
            return names.size();
        }

        long[] bits(Collection<String> keys) {
            long[] bits = new long[Math.max(1, (names.size() + 63) >>> 6)];
            for (String key : keys) {
                int id = find(key);
                bits[id >>> 6] |= 1L << (id & 63);
            }
            return bits;
        }
    }

    /** Bit sets as {@code long[]} of the same length on both sides. */
    static final class Bits {
        private Bits() {}

        static boolean intersects(long[] a, long[] b) {
            for (int k = 0; k < a.length; k++) {
                if ((a[k] & b[k]) != 0) return true;
            }
            return false;
        }

        static int common(long[] a, long[] b) {
            int count = 0;
            for (int k = 0; k < a.length; k++) {
                count += Long.bitCount(a[k] & b[k]);
            }
            return count;
        }

        static long[] and(long[] a, long[] b) {
            long[] both = new long[a.length];
            for (int k = 0; k < a.length; k++) {
                both[k] = a[k] & b[k];
            }
            return both;
        }

        static int[] members(long[] bits) {
            int[] members = new int[common(bits, bits)];
            int size = 0;
            for (int k = 0; k < bits.length; k++) {
                long word = bits[k];
                while (word != 0) {
                    members[size++] = (k << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                }
            }
            return members;
        }
    }
}
