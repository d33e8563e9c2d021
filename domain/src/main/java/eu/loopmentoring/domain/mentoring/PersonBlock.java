package eu.loopmentoring.domain.mentoring;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One person blocking another. Either direction keeps the pair apart: they are never proposed to
 * each other and do not see each other's offer or request. Only the blocker knows of the block.
 */
public record PersonBlock(UUID blockerId, UUID blockedId, Instant createdAt) {

    public PersonBlock {
        Objects.requireNonNull(blockerId, "blockerId");
        Objects.requireNonNull(blockedId, "blockedId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
