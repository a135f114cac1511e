package fi.polku.security.internal;

import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who can log in. */
@Entity(name = "Account")
@Table(name = "account")
public class AccountRecord {
    @Id
    @Column(length = 64)
    private String username;
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;
    /** Role ids, comma separated: few, fixed, and always read together. */
    @Column(nullable = false, length = 200)
    private String roles;
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(length = 200)
    private String organisation;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    protected AccountRecord() {}

    AccountRecord(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Role::id).sorted().collect(Collectors.joining(","));
        this.createdAt = now;
    }

    PolkuUser toUser() {
        return user(username, displayName, roles);
    }

    /** The user an account's columns describe; {@code roles} as stored, comma-separated ids. */
    static PolkuUser user(String username, String displayName, String roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::fromId).filter(Objects::nonNull).forEach(set::add);
        return PolkuUser.of(username, displayName, set);
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean isActive() {
        return active;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a wrong password. From the {@code free}th in a row on, the account must wait before
     * the next try, twice as long each time up to {@code longest}: guessing slows to a crawl, and
     * nobody can lock the owner out for long by guessing wrong on purpose.
     */
    void loginFailed(Instant now, int free, java.time.Duration longest) {
        failedLogins++;
        if (failedLogins >= free) {
            int doublings = Math.min(failedLogins - free, 20);
            java.time.Duration wait = java.time.Duration.ofSeconds(1L << doublings);
            lockedUntil = now.plus(wait.compareTo(longest) < 0 ? wait : longest);
        }
    }

    void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    Set<Role> roles() {
        return toUser().roles();
    }

    void change(String displayName, Set<Role> roles, String organisation) {
        this.displayName = displayName;
        this.roles = roles.stream().map(Role::id).sorted().collect(Collectors.joining(","));
        this.organisation = organisation;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** A new password: any wait from wrong guesses ends with it. */
    void setPasswordHash(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    fi.polku.security.accounts.AccountAdministration.Account view() {
        return new fi.polku.security.accounts.AccountAdministration.Account(username, displayName, roles(), organisation, active,
                createdAt, lastLoginAt, passwordChangedAt);
    }
}
