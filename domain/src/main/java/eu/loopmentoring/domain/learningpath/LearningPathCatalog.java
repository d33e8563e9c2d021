package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Authoring and reading learning path templates: drafts that people who train others write, and
 * versions that, once published, never change.
 */
public class LearningPathCatalog {

    private static final String KIND = "learning path";

    private final LearningPaths paths;
    private final StepTargets targets;
    private final PathAccess access;
    private final Coalitions coalitions;
    private final Organizations organizations;
    private final Clock clock;

    public LearningPathCatalog(
            LearningPaths paths,
            StepTargets targets,
            PathAccess access,
            Coalitions coalitions,
            Organizations organizations,
            Clock clock) {
        this.paths = paths;
        this.targets = targets;
        this.access = access;
        this.coalitions = coalitions;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** A new draft by someone who trains others in the community it names. */
    public LearningPath create(Subject subject, PathContent content) {
        PersonSubject author = Access.person(subject);
        authored(content);
        content.coalitionId().filter(id -> coalitions.find(id).isEmpty()).ifPresent(id -> {
            throw new ObjectNotFoundException("coalition", id);
        });
        content.organizationId().filter(id -> organizations.find(id).isEmpty()).ifPresent(id -> {
            throw new ObjectNotFoundException("organization", id);
        });
        if (!access.trainsFor(author, content)) {
            throw new AccessDeniedException(
                    content.ownedByCommunity()
                            ? "Only the coordinators of the coalition, or the coordinators and teacher trainers of the"
                                    + " organization, author its learning paths."
                            : "Only moderators and administrators author platform learning paths; name the coalitionId or"
                                    + " organizationId of a community you coordinate.");
        }
        LearningPath draft = LearningPath.draft(content, author.id(), clock.instant());
        paths.add(draft);
        return draft;
    }

    public LearningPath path(Subject subject, UUID id) {
        return readable(Access.person(subject), id);
    }

    /**
     * The path, for the people who edit it (its authors); who only reads it is refused, with
     * {@code refusal} saying what only its authors do, and for anyone else it does not exist.
     */
    public LearningPath authoredPath(Subject subject, UUID id, String refusal) {
        return authored(Access.person(subject), id, refusal);
    }

    public LearningPath replace(Subject subject, UUID id, ExpectedVersion expected, PathContent content) {
        authored(content);
        LearningPath path = editable(Access.person(subject), id, expected);
        return stored(path.replace(content, clock.instant()));
    }

    public void delete(Subject subject, UUID id, ExpectedVersion expected) {
        LearningPath path = editable(Access.person(subject), id, expected);
        path.requireDraft("its learners keep it, so it is never deleted");
        if (!paths.remove(path)) {
            throw new StaleVersionException(KIND);
        }
    }

    /** The draft becomes the next version of its lineage, once nothing it points to is missing. */
    public LearningPath publish(Subject subject, UUID id, ExpectedVersion expected) {
        LearningPath path = editable(Access.person(subject), id, expected);
        path.requireDraft("it is published only once");
        PathContent content = path.content();
        Set<UUID> resources = ids(content, StepKind.RESOURCE);
        Set<UUID> methods = ids(content, StepKind.METHOD);
        List<String> problems = content.publicationProblems(
                resources.isEmpty() ? Set.of() : targets.publishedResources(resources),
                methods.isEmpty() ? Set.of() : targets.existingMethods(methods));
        if (!problems.isEmpty()) {
            throw new RuleViolationException("The draft cannot be published yet: " + String.join(" ", problems));
        }
        int number = paths.highestVersionLocked(path.lineageId()).orElse(0) + 1;
        return stored(path.publish(number, clock.instant()));
    }

    /** A draft of the next version, copied from a published one, by someone who may edit it. */
    public LearningPath nextVersion(Subject subject, UUID id) {
        PersonSubject author = Access.person(subject);
        LearningPath published = authored(author, id, "Only the path's authors start its next version.");
        LearningPath draft = published.nextDraft(author.id(), clock.instant());
        paths.highestVersionLocked(published.lineageId());
        if (paths.hasDraft(published.lineageId())) {
            throw new RuleViolationException("This path already has a draft of its next version: list the drafts with"
                    + " GET /api/v1/learning-paths?status=DRAFT, change it, publish or delete it.");
        }
        paths.add(draft);
        return draft;
    }

    /** The learner's suggestion stored as their own published path. */
    public LearningPath addPersonal(Subject subject, PathContent content) {
        LearningPath path =
                LearningPath.personal(content, Access.person(subject).id(), clock.instant());
        paths.add(path);
        return path;
    }

    /** Published versions the caller may read, or the drafts they may edit. */
    public Page<LearningPath> list(Subject subject, PathFilter filter, PageRequest page) {
        PersonSubject person = Access.person(subject);
        return paths.list(person.id(), PathAccess.curates(person), filter, page);
    }

    /** The ids of every version the caller authored, newest first (for their export). */
    public List<UUID> authoredBy(Subject subject) {
        return paths.authoredBy(Access.person(subject).id());
    }

    /** The resources that steps of these paths name and that are not published now. */
    public Set<UUID> unavailableResources(Collection<LearningPath> shown) {
        Set<UUID> named = shown.stream()
                .flatMap(p -> ids(p.content(), StepKind.RESOURCE).stream())
                .collect(Collectors.toSet());
        if (named.isEmpty()) {
            return Set.of();
        }
        Set<UUID> published = targets.publishedResources(named);
        return named.stream().filter(id -> !published.contains(id)).collect(Collectors.toUnmodifiableSet());
    }

    /** Authors choose who reads a path among the communities; PERSONAL paths come from suggestions only. */
    private static void authored(PathContent content) {
        if (content.visibility() == PathVisibility.PERSONAL) {
            throw InvalidInputException.of(
                    "visibility",
                    "PERSONAL is given only to a learner's own path: enrol with fromSuggestion to get one");
        }
    }

    private LearningPath readable(PersonSubject person, UUID id) {
        return paths.find(id)
                .filter(p -> access.reads(person, p))
                .orElseThrow(() -> new ObjectNotFoundException(KIND, id));
    }

    private LearningPath authored(PersonSubject person, UUID id, String refusal) {
        LearningPath path = readable(person, id);
        if (!access.edits(person, path)) {
            throw new AccessDeniedException(refusal);
        }
        return path;
    }

    private LearningPath editable(PersonSubject person, UUID id, ExpectedVersion expected) {
        LearningPath path = authored(
                person,
                id,
                "Only the path's authors change it: its author, the people who train others in its community,"
                        + " moderators and administrators.");
        expected.check(path.version(), KIND);
        return path;
    }

    private LearningPath stored(LearningPath changed) {
        return paths.update(changed).orElseThrow(() -> new StaleVersionException(KIND));
    }

    private static Set<UUID> ids(PathContent content, StepKind kind) {
        return content.steps().stream()
                .filter(s -> s.kind() == kind)
                .flatMap(s -> s.resourceId().or(s::methodId).stream())
                .collect(Collectors.toSet());
    }
}
