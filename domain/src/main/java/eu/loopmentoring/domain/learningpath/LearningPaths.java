package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** The learning path versions, drafts and published. */
public interface LearningPaths {

    void add(LearningPath path);

    Optional<LearningPath> find(UUID id);

    /**
     * Stores a changed path if it is still at {@code path.version()}, and answers it with its new
     * version; empty when it changed meanwhile (or is gone).
     */
    Optional<LearningPath> update(LearningPath path);

    /** Deletes the path if it is still at {@code path.version()}; false when it changed or is gone. */
    boolean remove(LearningPath path);

    /**
     * The highest published version number of the lineage, locked until the transaction ends, so
     * that two publications of the same lineage cannot take the same number.
     */
    OptionalInt highestVersionLocked(UUID lineageId);

    /** Whether the lineage has a draft now. */
    boolean hasDraft(UUID lineageId);

    /**
     * One page of what {@code filter} asks for, in its order, of the paths {@code viewer} reads
     * (published) or edits (drafts), as {@link PathAccess} decides; a {@code curator} edits every
     * draft.
     */
    Page<LearningPath> list(UUID viewer, boolean curator, PathFilter filter, PageRequest page);

    /** Every version the person authored, newest first: what their export shows. */
    List<UUID> authoredBy(UUID personId);
}
