package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.WeeklySlot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * SHA-256 of a run's input in a canonical text: the policy (version and every setting), the week,
 * then mentees, mentors and blocked pairs each sorted by id, every set in a fixed order. Two inputs
 * that differ only in order hash the same.
 */
final class InputHash {

    private InputHash() {}

    static String of(MatchingPolicy policy, MatchingInput canonical) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        line(
                digest,
                "policy",
                policy.version(),
                policy.filters().active(),
                policy.weights().byCriterion(),
                policy.minimumLanguageLevel(),
                policy.needDimensions(),
                policy.idealGapMin(),
                policy.idealGapMax(),
                policy.gapTolerance(),
                policy.availabilityTargetMinutes(),
                policy.objective());
        line(digest, "week", canonical.week());
        for (MenteeCandidate mentee : canonical.mentees()) {
            line(digest, "mentee", mentee.requestId(), mentee.needs().values(), profile(mentee.profile()));
        }
        for (MentorCandidate mentor : canonical.mentors()) {
            line(
                    digest,
                    "mentor",
                    mentor.offerId(),
                    mentor.remainingCapacity(),
                    mentor.strengths().values(),
                    mentor.responsivenessPermille(),
                    profile(mentor.profile()));
        }
        canonical.blocked().stream()
                .map(b -> b.first() + "|" + b.second())
                .sorted()
                .forEach(b -> line(digest, "blocked", b));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String profile(MatchProfile p) {
        return join(
                p.personId(),
                p.languages().stream().map(InputHash::language).toList(),
                p.formats(),
                p.modes(),
                p.region().orElse(""),
                p.availability().map(InputHash::availability).orElse(""),
                p.careerStage().map(Enum::name).orElse(""),
                p.subjects(),
                p.schoolLevels(),
                p.schoolId().map(Object::toString).orElse(""),
                p.consents(),
                p.culturalBackground());
    }

    private static String language(LanguageSkill skill) {
        return skill.language() + ":" + skill.level() + (skill.motherTongue() ? ":native" : "");
    }

    private static String availability(Availability a) {
        return a.timeZone().getId() + "@"
                + a.weeklySlots().stream()
                        .sorted(Comparator.comparing(WeeklySlot::day)
                                .thenComparing(WeeklySlot::from)
                                .thenComparing(WeeklySlot::to))
                        .map(s -> s.day() + " " + s.from() + "-" + s.to())
                        .collect(Collectors.joining(","));
    }

    private static void line(MessageDigest digest, Object... fields) {
        digest.update((join(fields) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String join(Object... fields) {
        return List.of(fields).stream().map(InputHash::text).collect(Collectors.joining("\t"));
    }

    private static String text(Object field) {
        if (field instanceof Optional<?> optional) {
            return optional.map(InputHash::text).orElse("");
        }
        if (field instanceof Collection<?> values) {
            return values.stream().map(InputHash::text).collect(Collectors.joining(",", "[", "]"));
        }
        return String.valueOf(field);
    }
}
