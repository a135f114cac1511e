package fi.polku.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A login session. The token itself is never stored, only its SHA-256. */
@Entity
@Table(name = "session")
public class SessionRecord {
    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;
    @Column(nullable = false, length = 64)
    private String username;
    @Column(name = "csrf_token", nullable = false, length = 64)
    private String csrfToken;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SessionRecord() {}

    SessionRecord(String tokenHash, String username, String csrfToken, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.csrfToken = csrfToken;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.expiresAt = expiresAt;
    }

    String username() {
        return username;
    }

    String csrfToken() {
        return csrfToken;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    void touch(Instant now, Instant newExpiry) {
        lastSeenAt = now;
        expiresAt = newExpiry;
    }
}
