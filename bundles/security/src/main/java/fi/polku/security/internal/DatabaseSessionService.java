package fi.polku.security.internal;

import fi.polku.api.installation.Installation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.StaffDirectory;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import fi.polku.security.accounts.AccountAdministration;
import fi.polku.security.session.SessionService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions in PostgreSQL. A session ends after 30 minutes without use or 12 hours after login,
 * whichever comes first. From the fifth wrong password in a row, each further try of the account
 * must wait: 1 s, 2 s, 4 s ... at most a minute (a try during the wait is refused and not counted).
 */
@Component(service = {SessionService.class, StaffDirectory.class, AccountAdministration.class})
public final class DatabaseSessionService implements SessionService, StaffDirectory, AccountAdministration {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSessionService.class);
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(12);
    /** Refresh last-seen at most once a minute, so reading a page is not a write per request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int FREE_TRIES = 5;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final PersistenceUnit unit;
    private final PasswordHasher hasher = new PasswordHasher();
    /** Hashed once, so that an unknown username costs as much time as a wrong password. */
    private final String dummyHash = hasher.hash("no-such-user".toCharArray());
    private final Clock clock = Clock.systemUTC();
    private final AccountStore accounts;

    @Activate
    public DatabaseSessionService(@Reference PersistenceUnits units, @Reference Installation installation) {
        this.unit = units.open(UnitDefinition.of("security", AccountRecord.class, SessionRecord.class));
        this.accounts = new AccountStore(unit, hasher, clock);
        if (installation.isDemo()) {
            int added = unit.inTransaction(em -> DemoAccounts.ensure(em, hasher, clock.instant()));
            LOG.info("Demo mode: {} demo accounts added", added);
        }
    }

    @Deactivate
    void close() {
        unit.close();
    }

    @Override
    public Optional<String> fullName(String username) {
        if (username == null || username.length() > 64) {
            return Optional.empty();
        }
        return unit.inTransaction(em -> Optional.ofNullable(em.find(AccountRecord.class, username)).map(AccountRecord::displayName));
    }

    @Override
    public Map<String, String> fullNames() {
        // A few hundred accounts at most (staff and partners' users): one small query.
        List<Object[]> rows = unit.inTransaction(em -> em.createQuery("select a.username, a.displayName from Account a", Object[].class)
                .getResultList());
        Map<String, String> names = new TreeMap<>();
        rows.forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    @Override
    public Optional<Session> login(String username, char[] password) {
        if (username == null || password == null || username.length() > 64) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // The slow hash runs with no transaction open and no connection held, so a burst of
        // logins cannot take the pool from everybody else.
        Optional<AccountRecord> found = unit.inTransaction(em -> Optional.ofNullable(em.find(AccountRecord.class, username)));
        if (found.isEmpty()) {
            hasher.matches(password, dummyHash);
            return Optional.empty();
        }
        AccountRecord seen = found.get();
        if (!seen.isActive() || seen.isLocked(now)) {
            hasher.matches(password, dummyHash);
            LOG.info("Login refused for {}: account {}", username, seen.isActive() ? "waiting after wrong passwords" : "inactive");
            return Optional.empty();
        }
        boolean right = hasher.matches(password, seen.passwordHash());
        return unit.inTransaction(em -> {
            AccountRecord account = em.find(AccountRecord.class, username, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (account == null || !account.isActive() || account.isLocked(now)) {
                return Optional.<Session>empty();
            }
            if (!right) {
                // The wait counts from this answer, not from the start of the slow hash: the owner gets the whole second.
                account.loginFailed(clock.instant(), FREE_TRIES, LONGEST_WAIT);
                LOG.info("Wrong password for {}", username);
                return Optional.<Session>empty();
            }
            account.loginSucceeded(now);
            em.createQuery("delete from SessionRecord s where s.expiresAt < :now").setParameter("now", now).executeUpdate();
            String token = Tokens.random();
            SessionRecord s = new SessionRecord(Tokens.sha256(token), username, Tokens.random(), now, now.plus(IDLE));
            em.persist(s);
            LOG.info("{} logged in", username);
            return Optional.of(new Session(token, s.csrfToken(), account.toUser(), s.expiresAt()));
        });
    }

    @Override
    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = Tokens.sha256(token);
        // Every request asks this, so it is one statement and one round trip to the database: the
        // session and its account joined, read on its own (no transaction to begin and commit).
        // The rare write (last-seen, at most once a minute) is a transaction of its own.
        Optional<Found> read = lookUp(hash);
        if (read.isEmpty() || !read.get().expiresAt().isAfter(now) || !read.get().active()) {
            return Optional.empty();
        }
        Found f = read.get();
        Instant expiresAt = f.expiresAt();
        if (Duration.between(f.lastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0) {
            Optional<Instant> touched = touch(hash, now);
            if (touched.isEmpty()) {
                return Optional.empty(); // logged out or expired meanwhile
            }
            expiresAt = touched.get();
        }
        return Optional.of(new Session(token, f.csrfToken(), AccountRecord.user(f.username(), f.displayName(), f.roles()), expiresAt));
    }

    /** A session row with what its account says of the user. */
    private record Found(String username, String csrfToken, Instant lastSeenAt, Instant expiresAt, String displayName, String roles,
            boolean active) {}

    private Optional<Found> lookUp(String tokenHash) {
        try (Connection c = unit.connection(); PreparedStatement q = c.prepareStatement(
                "SELECT s.username, s.csrf_token, s.last_seen_at, s.expires_at, a.display_name, a.roles, a.active "
                        + "FROM security.session s JOIN security.account a ON a.username = s.username WHERE s.token_hash = ?")) {
            q.setString(1, tokenHash);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Found(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7)));
            }
        } catch (SQLException e) {
            // The cause travels with it: a lost database still answers 503, as for any other read.
            throw new IllegalStateException("cannot read the session", e);
        }
    }

    /** Moves the idle end on; empty when the session is gone or over. */
    private Optional<Instant> touch(String tokenHash, Instant now) {
        return unit.inTransaction(em -> {
            SessionRecord s = em.find(SessionRecord.class, tokenHash);
            if (s == null || !s.expiresAt().isAfter(now)) {
                return Optional.<Instant>empty();
            }
            Instant idleEnd = now.plus(IDLE);
            Instant hardEnd = s.createdAt().plus(ABSOLUTE);
            s.touch(now, idleEnd.isBefore(hardEnd) ? idleEnd : hardEnd);
            return Optional.of(s.expiresAt());
        });
    }

    @Override
    public Duration idleTimeout() {
        return IDLE;
    }

    @Override
    public boolean addressMayTry(String address, int limit) {
        long failures = unit.inTransaction(em -> ((Number) em.createNativeQuery("SELECT count(*) FROM security.login_failure "
                + "WHERE address = ?1 AND at > now() - interval '1 minute'").setParameter(1, address).getSingleResult()).longValue());
        return failures < limit;
    }

    @Override
    public void addressFailed(String address) {
        unit.run(em -> {
            em.createNativeQuery("INSERT INTO security.login_failure (address, at) VALUES (?1, now())").setParameter(1, address)
                    .executeUpdate();
            // Old rows go as new ones come: the table holds at most the last hour's failures.
            em.createNativeQuery("DELETE FROM security.login_failure WHERE at < now() - interval '1 hour'").executeUpdate();
        });
    }

    @Override
    public void logout(String token) {
        if (token == null || token.isEmpty()) {
            return;
        }
        unit.run(em -> em.createQuery("delete from SessionRecord s where s.tokenHash = :h")
                .setParameter("h", Tokens.sha256(token)).executeUpdate());
    }

    // The accounts as an IT admin manages them: AccountStore, on the same unit with the same hasher.

    @Override
    public List<AccountAdministration.Account> list() {
        return accounts.list();
    }

    @Override
    public Optional<AccountAdministration.Account> account(String username) {
        return accounts.account(username);
    }

    @Override
    public AccountAdministration.Account create(String username, Details details, char[] password) {
        return accounts.create(username, details, password);
    }

    @Override
    public AccountAdministration.Account update(String username, Details details) {
        return accounts.update(username, details);
    }

    @Override
    public AccountAdministration.Account setActive(String username, boolean active) {
        return accounts.setActive(username, active);
    }

    @Override
    public void setPassword(String username, char[] password) {
        accounts.setPassword(username, password);
    }

    @Override
    public boolean installAdministrator(String username, String displayName, String passwordHash) {
        return accounts.installAdministrator(username, displayName, passwordHash);
    }
}
