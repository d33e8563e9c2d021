package eu.loopmentoring.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh-token rotation with reuse detection (OAuth 2.0 Security BCP): every use spends the token
 * and issues its successor in the same family; a spent token presented again means a copy exists,
 * so the whole family is revoked and its holder must log in again.
 */
public class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenStore store;
    private final AuditLog audit;
    private final Duration lifetime;
    private final Clock clock;

    public RefreshTokens(RefreshTokenStore store, AuditLog audit, Duration lifetime, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The first token of a new family, after a login. */
    public IssuedRefreshToken issue(UUID personId) {
        return issue(personId, UUID.randomUUID(), clock.instant());
    }

    public RefreshOutcome rotate(String presented, String address) {
        Instant now = clock.instant();
        Optional<RefreshToken> found = presented == null ? Optional.empty() : store.findByHash(hash(presented));
        if (found.isEmpty()) {
            return new RefreshOutcome.Refused("The refresh token is not valid.");
        }
        RefreshToken token = found.get();
        if (token.revokedAt().isPresent()) {
            return new RefreshOutcome.Refused("The refresh token was revoked.");
        }
        if (!token.expiresAt().isAfter(now)) {
            return new RefreshOutcome.Refused("The refresh token has expired.");
        }
        if (token.usedAt().isPresent() || !store.markUsed(token.id(), now)) {
            store.revokeFamily(token.familyId(), now);
            audit.record(AuditEvent.of(
                    now, AuditEventType.REFRESH_TOKEN_REUSED, null, token.personId(), address, "family revoked"));
            return new RefreshOutcome.ReuseDetected(token.personId());
        }
        IssuedRefreshToken next = issue(token.personId(), token.familyId(), now);
        audit.record(
                AuditEvent.of(now, AuditEventType.TOKEN_REFRESHED, token.personId(), token.personId(), address, ""));
        return new RefreshOutcome.Rotated(token.personId(), next);
    }

    /** Revokes the token's family; unknown tokens are ignored (RFC 7009). */
    public void revoke(String presented, String address) {
        Instant now = clock.instant();
        Optional<RefreshToken> found = presented == null ? Optional.empty() : store.findByHash(hash(presented));
        found.ifPresent(token -> {
            store.revokeFamily(token.familyId(), now);
            audit.record(
                    AuditEvent.of(now, AuditEventType.TOKEN_REVOKED, token.personId(), token.personId(), address, ""));
        });
    }

    /** Whether the access tokens of this login may still act (see {@link RefreshTokenStore#loginActive}). */
    public boolean loginActive(UUID login) {
        return store.loginActive(login);
    }

    public void revokeAllOf(UUID personId) {
        store.revokeAllOf(personId, clock.instant());
    }

    private IssuedRefreshToken issue(UUID personId, UUID familyId, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(lifetime);
        store.add(new RefreshToken(
                UUID.randomUUID(),
                familyId,
                personId,
                hash(value),
                now,
                expiresAt,
                Optional.empty(),
                Optional.empty()));
        return new IssuedRefreshToken(value, expiresAt, familyId);
    }

    static String hash(String value) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
