package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.learningpath.LearningPath;
import eu.loopmentoring.domain.learningpath.LearningPaths;
import eu.loopmentoring.domain.learningpath.PathAccess;
import eu.loopmentoring.domain.learningpath.PathContent;
import eu.loopmentoring.domain.learningpath.PathFilter;
import eu.loopmentoring.domain.learningpath.PathStatus;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.PlatformRole;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Learning paths in memory. Who sees what in a listing is {@link PathAccess}'s decision, read from
 * the memberships it is given; search words are matched as case-insensitive substrings of the
 * title, summary and topics, every word of the plain form ({@code or} and exclusions are not kept
 * apart: enough for the domain).
 */
public final class InMemoryLearningPaths implements LearningPaths {

    public final Map<UUID, LearningPath> byId = new ConcurrentHashMap<>();
    private final PathAccess access;

    public InMemoryLearningPaths(PathAccess access) {
        this.access = access;
    }

    @Override
    public void add(LearningPath path) {
        byId.put(path.id(), path);
    }

    @Override
    public Optional<LearningPath> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<LearningPath> update(LearningPath path) {
        LearningPath before = byId.get(path.id());
        if (before == null || before.version() != path.version()) {
            return Optional.empty();
        }
        LearningPath next = FakeVersions.stored(before, before.version(), v -> withVersion(path, v));
        byId.put(path.id(), next);
        return Optional.of(next);
    }

    @Override
    public synchronized boolean remove(LearningPath path) {
        LearningPath now = byId.get(path.id());
        if (now == null || now.version() != path.version()) {
            return false;
        }
        byId.remove(path.id());
        return true;
    }

    @Override
    public OptionalInt highestVersionLocked(UUID lineageId) {
        return inLineage(lineageId)
                .filter(LearningPath::isPublished)
                .mapToInt(p -> p.versionNumber().orElseThrow())
                .max();
    }

    @Override
    public boolean hasDraft(UUID lineageId) {
        return inLineage(lineageId).anyMatch(p -> !p.isPublished());
    }

    @Override
    public Page<LearningPath> list(UUID viewer, boolean curator, PathFilter filter, PageRequest page) {
        PersonSubject subject = new PersonSubject(viewer, curator ? Set.of(PlatformRole.MODERATOR) : Set.of());
        boolean published = filter.status() == PathStatus.PUBLISHED;
        return FakePages.byKeyDescending(
                byId.values().stream()
                        .filter(p -> p.status() == filter.status())
                        .filter(p -> published ? access.reads(subject, p) : access.edits(subject, p))
                        .filter(p -> matches(p.content(), filter)),
                page,
                p -> List.of(
                        FakePages.sortable(published ? p.publishedAt().orElseThrow() : p.updatedAt()),
                        p.id().toString()));
    }

    @Override
    public List<UUID> authoredBy(UUID personId) {
        return byId.values().stream()
                .filter(p -> p.isBy(personId))
                .sorted((a, b) -> FakePages.KEY_ORDER.compare(newestCreated(b), newestCreated(a)))
                .map(LearningPath::id)
                .toList();
    }

    private Stream<LearningPath> inLineage(UUID lineageId) {
        return byId.values().stream().filter(p -> p.lineageId().equals(lineageId));
    }

    private static List<String> newestCreated(LearningPath path) {
        return List.of(FakePages.sortable(path.createdAt()), path.id().toString());
    }

    private static boolean matches(PathContent c, PathFilter f) {
        return f.profileDimension().map(c.profileDimensions()::contains).orElse(true)
                && f.schoolDimension().map(c.schoolDimensions()::contains).orElse(true)
                && f.careerStage().map(c.audience().careerStages()::contains).orElse(true)
                && f.targetGroup().map(c.audience().targetGroups()::contains).orElse(true)
                && f.language().map(c.languages()::contains).orElse(true)
                && f.topic().map(c.topics()::contains).orElse(true)
                && f.coalitionId()
                        .map(id -> c.coalitionId().equals(Optional.of(id)))
                        .orElse(true)
                && f.organizationId()
                        .map(id -> c.organizationId().equals(Optional.of(id)))
                        .orElse(true)
                && f.words().map(w -> containsEveryWord(c, w)).orElse(true);
    }

    private static boolean containsEveryWord(PathContent c, String words) {
        String text = (c.title() + " " + c.summary() + " " + String.join(" ", c.topics())).toLowerCase(Locale.ROOT);
        return Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+"))
                .map(w -> w.replace("\"", "").replaceFirst("^-", ""))
                .filter(w -> !w.isEmpty() && !w.equals("or"))
                .allMatch(text::contains);
    }

    private static LearningPath withVersion(LearningPath p, long version) {
        return new LearningPath(
                p.id(),
                p.lineageId(),
                p.versionNumber(),
                p.basedOn(),
                p.status(),
                p.content(),
                p.createdBy(),
                p.createdAt(),
                p.updatedAt(),
                p.publishedAt(),
                version);
    }
}
