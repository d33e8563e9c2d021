package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Small random cohorts from a seed, varied enough to exercise every filter and criterion. */
final class RandomCohorts {

    private static final String[] LANGUAGES = {"pt", "en", "fi"};
    private static final String[] SUBJECTS = {"math", "physics", "art", "history", "music"};
    private static final String[] ZONES = {"Europe/Lisbon", "Europe/Helsinki", "Europe/Rome"};

    private final Random random;

    RandomCohorts(long seed) {
        random = new Random(seed);
    }

    MatchingInput input(int mentees, int mentors) {
        List<UUID> people = new ArrayList<>();
        for (int p = 0; p < mentees + mentors; p++) {
            people.add(uuid());
        }
        List<MenteeCandidate> requests = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            requests.add(someone(people.get(i)).mentee());
        }
        List<MentorCandidate> offers = new ArrayList<>();
        for (int j = 0; j < mentors; j++) {
            // now and then a mentee offers mentoring too, to meet themselves
            UUID person = random.nextInt(10) == 0 && mentees > 0
                    ? people.get(random.nextInt(mentees))
                    : people.get(mentees + j);
            offers.add(someone(person)
                    .capacity(random.nextInt(3))
                    .responsiveness(random.nextInt(11) / 10.0)
                    .mentor());
        }
        Set<BlockedPair> blocked = new HashSet<>();
        for (int b = 0; b < (mentees + mentors) / 4; b++) {
            blocked.add(BlockedPair.of(
                    people.get(random.nextInt(people.size())), people.get(random.nextInt(people.size()))));
        }
        return new MatchingInput(requests, offers, blocked, Someone.WINTER);
    }

    private Someone someone(UUID person) {
        Someone s = Someone.new_().person(person).id(uuid());
        for (String language : LANGUAGES) {
            if (random.nextInt(3) == 0) {
                s.speaks(language, CefrLevel.values()[2 + random.nextInt(4)]);
            }
        }
        s.formats(random.nextInt(4) == 0 ? MeetingFormat.GROUP : MeetingFormat.ONE_TO_ONE);
        if (random.nextBoolean()) {
            s.modes(MeetingMode.ONLINE);
        } else {
            s.modes(MeetingMode.IN_PERSON, MeetingMode.ONLINE).region(random.nextBoolean() ? "north" : "south");
        }
        if (random.nextInt(5) > 0) {
            s.stage(CareerStage.values()[random.nextInt(CareerStage.values().length)]);
        }
        List<String> subjects = new ArrayList<>();
        for (String subject : SUBJECTS) {
            if (random.nextInt(3) == 0) subjects.add(subject);
        }
        s.subjects(subjects.toArray(String[]::new));
        s.levels(IscedLevel.values()[1 + random.nextInt(3)]);
        if (random.nextBoolean()) {
            s.free(
                    ZONES[random.nextInt(ZONES.length)],
                    DayOfWeek.of(1 + random.nextInt(7)),
                    (16 + random.nextInt(3)) + ":00",
                    "20:30");
        }
        if (random.nextBoolean()) {
            s.consents(ConsentPurpose.CULTURAL_BACKGROUND).culture(random.nextBoolean() ? "coastal" : "inland");
        }
        for (String dimension : List.of("A", "B", "C", "D")) {
            s.on(dimension, random.nextInt(101));
        }
        return s;
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
