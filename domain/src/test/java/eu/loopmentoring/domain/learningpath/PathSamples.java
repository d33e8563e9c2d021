package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.resource.Audience;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.TargetGroup;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Steps and path contents for the tests: valid unless a test changes them. */
public final class PathSamples {

    private PathSamples() {}

    /** An activity without evidence, depending on {@code dependsOn}. */
    public static PathStep activity(String key, boolean required, String... dependsOn) {
        return step(key, StepKind.ACTIVITY, required, List.of(dependsOn), null, null, null, false);
    }

    /** A required activity that asks for evidence. */
    public static PathStep evidenced(String key) {
        return step(key, StepKind.ACTIVITY, true, List.of(), null, null, null, true);
    }

    public static PathStep reflection(String key, boolean required) {
        return step(key, StepKind.REFLECTION, required, List.of(), null, null, "What did you notice?", false);
    }

    public static PathStep resource(String key, UUID resourceId) {
        return step(key, StepKind.RESOURCE, true, List.of(), resourceId, null, null, false);
    }

    public static PathStep method(String key, UUID methodId) {
        return step(key, StepKind.METHOD, true, List.of(), null, methodId, null, false);
    }

    public static PathStep mentoring(String key) {
        return step(key, StepKind.MENTORING, true, List.of(), null, null, null, false);
    }

    public static PathStep assessment(String key) {
        return step(key, StepKind.ASSESSMENT, true, List.of(), null, null, null, false);
    }

    public static PathStep step(
            String key,
            StepKind kind,
            boolean required,
            List<String> dependsOn,
            UUID resourceId,
            UUID methodId,
            String prompt,
            boolean evidenceRequested) {
        return new PathStep(
                key,
                kind,
                "Step " + key,
                "What to do in " + key,
                required,
                Optional.empty(),
                dependsOn,
                Optional.ofNullable(resourceId),
                Optional.ofNullable(methodId),
                Optional.ofNullable(prompt),
                evidenceRequested);
    }

    /** Every path of {@code status}, nothing narrowed. */
    public static PathFilter every(PathStatus status) {
        return filter(status).build();
    }

    /** A filter of paths of {@code status}, to narrow with the builder's methods. */
    public static Filter filter(PathStatus status) {
        return new Filter(status);
    }

    /** A platform path for everyone with one required activity, to change with the builder's methods. */
    public static Content aPath() {
        return new Content();
    }

    /** The parts of a {@link PathContent}, changed one at a time. */
    public static final class Content {
        private String title = "The induction year";
        private String summary = "A first year in school, step by step.";
        private List<String> languages = List.of("pt", "en");
        private Audience audience = Audience.EVERYONE;
        private Set<ProfileDimension> profileDimensions = Set.of();
        private Set<SchoolDimension> schoolDimensions = Set.of();
        private List<String> topics = List.of("induction");
        private Optional<Integer> estimatedHours = Optional.of(12);
        private PathVisibility visibility = PathVisibility.EVERYONE;
        private Optional<UUID> coalitionId = Optional.empty();
        private Optional<UUID> organizationId = Optional.empty();
        private List<PathStep> steps = List.of(activity("start", true));
        private int minimumOptionalSteps;

        public Content title(String title) {
            this.title = title;
            return this;
        }

        public Content summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Content languages(String... languages) {
            this.languages = List.of(languages);
            return this;
        }

        public Content audience(Audience audience) {
            this.audience = audience;
            return this;
        }

        public Content profileDimensions(ProfileDimension... dimensions) {
            this.profileDimensions = Set.of(dimensions);
            return this;
        }

        public Content schoolDimensions(SchoolDimension... dimensions) {
            this.schoolDimensions = Set.of(dimensions);
            return this;
        }

        public Content topics(String... topics) {
            this.topics = List.of(topics);
            return this;
        }

        public Content estimatedHours(Integer hours) {
            this.estimatedHours = Optional.ofNullable(hours);
            return this;
        }

        public Content visibility(PathVisibility visibility) {
            this.visibility = visibility;
            return this;
        }

        public Content coalition(UUID coalitionId) {
            this.coalitionId = Optional.ofNullable(coalitionId);
            return this;
        }

        public Content organization(UUID organizationId) {
            this.organizationId = Optional.ofNullable(organizationId);
            return this;
        }

        public Content steps(PathStep... steps) {
            this.steps = List.of(steps);
            return this;
        }

        public Content minimumOptionalSteps(int minimum) {
            this.minimumOptionalSteps = minimum;
            return this;
        }

        public PathContent build() {
            return new PathContent(
                    title,
                    summary,
                    languages,
                    audience,
                    profileDimensions,
                    schoolDimensions,
                    topics,
                    estimatedHours,
                    visibility,
                    coalitionId,
                    organizationId,
                    steps,
                    minimumOptionalSteps);
        }
    }

    /** The parts of a {@link PathFilter}, narrowed one at a time. */
    public static final class Filter {
        private final PathStatus status;
        private Optional<String> words = Optional.empty();
        private Optional<ProfileDimension> profileDimension = Optional.empty();
        private Optional<SchoolDimension> schoolDimension = Optional.empty();
        private Optional<CareerStage> careerStage = Optional.empty();
        private Optional<TargetGroup> targetGroup = Optional.empty();
        private Optional<String> language = Optional.empty();
        private Optional<String> topic = Optional.empty();
        private Optional<UUID> coalitionId = Optional.empty();
        private Optional<UUID> organizationId = Optional.empty();

        private Filter(PathStatus status) {
            this.status = status;
        }

        public Filter words(String words) {
            this.words = Optional.of(words);
            return this;
        }

        public Filter profileDimension(ProfileDimension dimension) {
            this.profileDimension = Optional.of(dimension);
            return this;
        }

        public Filter schoolDimension(SchoolDimension dimension) {
            this.schoolDimension = Optional.of(dimension);
            return this;
        }

        public Filter careerStage(CareerStage stage) {
            this.careerStage = Optional.of(stage);
            return this;
        }

        public Filter targetGroup(TargetGroup group) {
            this.targetGroup = Optional.of(group);
            return this;
        }

        public Filter language(String language) {
            this.language = Optional.of(language);
            return this;
        }

        public Filter topic(String topic) {
            this.topic = Optional.of(topic);
            return this;
        }

        public Filter coalition(UUID id) {
            this.coalitionId = Optional.of(id);
            return this;
        }

        public Filter organization(UUID id) {
            this.organizationId = Optional.of(id);
            return this;
        }

        public PathFilter build() {
            return new PathFilter(
                    status,
                    words,
                    profileDimension,
                    schoolDimension,
                    careerStage,
                    targetGroup,
                    language,
                    topic,
                    coalitionId,
                    organizationId);
        }
    }
}
