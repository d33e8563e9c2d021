package eu.loopmentoring.domain.resource.recommendation;

import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person for the ranking tests, built one signal at a time; every step gives a new value. */
record Learner(
        List<String> needs,
        Map<ProfileDimension, Integer> scores,
        List<String> interests,
        Optional<CareerStage> stage,
        List<LanguageSkill> languages,
        Set<UUID> opened,
        Set<UUID> completed) {

    static final Learner NOBODY =
            new Learner(List.of(), Map.of(), List.of(), Optional.empty(), List.of(), Set.of(), Set.of());

    LearnerSignals signals() {
        return new LearnerSignals(needs, scores, interests, stage, languages, opened, completed);
    }

    Learner needs(String... topics) {
        return new Learner(plus(needs, topics), scores, interests, stage, languages, opened, completed);
    }

    Learner interestedIn(String... topics) {
        return new Learner(needs, scores, plus(interests, topics), stage, languages, opened, completed);
    }

    Learner scoring(ProfileDimension dimension, int score) {
        Map<ProfileDimension, Integer> changed = new EnumMap<>(ProfileDimension.class);
        changed.putAll(scores);
        changed.put(dimension, score);
        return new Learner(needs, changed, interests, stage, languages, opened, completed);
    }

    Learner at(CareerStage careerStage) {
        return new Learner(needs, scores, interests, Optional.of(careerStage), languages, opened, completed);
    }

    /** Reads the language at the level, instead of any level given before. */
    Learner reads(String language, CefrLevel level, boolean motherTongue) {
        List<LanguageSkill> changed = new ArrayList<>(languages);
        changed.removeIf(s -> s.language().equals(language));
        changed.add(new LanguageSkill(language, level, motherTongue));
        return new Learner(needs, scores, interests, stage, changed, opened, completed);
    }

    Learner opened(UUID resource) {
        return new Learner(needs, scores, interests, stage, languages, plus(opened, resource), completed);
    }

    Learner completed(UUID resource) {
        return new Learner(needs, scores, interests, stage, languages, opened, plus(completed, resource));
    }

    private static List<String> plus(List<String> list, String... more) {
        List<String> changed = new ArrayList<>(list);
        changed.addAll(List.of(more));
        return changed;
    }

    private static Set<UUID> plus(Set<UUID> set, UUID more) {
        Set<UUID> changed = new HashSet<>(set);
        changed.add(more);
        return changed;
    }
}
