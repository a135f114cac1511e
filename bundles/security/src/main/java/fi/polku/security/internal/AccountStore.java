package fi.polku.security.internal;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.Role;
import fi.polku.security.accounts.AccountAdministration;
import fi.polku.security.accounts.AccountRefusal;
import fi.polku.security.accounts.AccountRefusal.Reason;
import fi.polku.security.accounts.PasswordRules;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts as an IT admin manages them. Changes that could leave nobody able to administer
 * the installation take a lock on every IT admin's row first, so two admins deactivating each
 * other at the same moment cannot both succeed.
 */
final class AccountStore implements AccountAdministration {
    private final PersistenceUnit unit;
    private final PasswordHasher hasher;
    private final Clock clock;

    AccountStore(PersistenceUnit unit, PasswordHasher hasher, Clock clock) {
        this.unit = unit;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public List<Account> list() {
        return unit.inTransaction(em -> em.createQuery("select a from Account a order by a.username",
                AccountRecord.class).getResultList().stream().map(AccountRecord::view).toList());
    }

    @Override
    public Optional<Account> account(String username) {
        if (username == null || username.length() > 64) {
            return Optional.empty();
        }
        return unit.inTransaction(em -> Optional.ofNullable(em.find(AccountRecord.class, username))
                .map(AccountRecord::view));
    }

    @Override
    public Account create(String username, Details details, char[] password) {
        check(username, password);
        // Hashed before the transaction: the slow part holds no connection.
        String hash = hasher.hash(password);
        return unit.inTransaction(em -> {
            if (em.find(AccountRecord.class, username) != null) {
                throw new AccountRefusal(Reason.EXISTS);
            }
            var a = new AccountRecord(username, details.displayName(), hash, details.roles(), clock.instant());
            a.change(details.displayName(), details.roles(), details.organisation());
            a.setPasswordHash(hash, clock.instant());
            em.persist(a);
            return a.view();
        });
    }

    @Override
    public Account update(String username, Details details) {
        return unit.inTransaction(em -> {
            var a = locked(em, username);
            if (a.roles().contains(Role.IT_ADMIN) && !details.roles().contains(Role.IT_ADMIN) && a.isActive()) {
                requireAnotherAdmin(em, username);
            }
            a.change(details.displayName(), details.roles(), details.organisation());
            return a.view();
        });
    }

    @Override
    public Account setActive(String username, boolean active) {
        return unit.inTransaction(em -> {
            var a = locked(em, username);
            if (!active && a.isActive() && a.roles().contains(Role.IT_ADMIN)) {
                requireAnotherAdmin(em, username);
            }
            a.setActive(active);
            if (!active) {
                endSessions(em, username);
            }
            return a.view();
        });
    }

    @Override
    public void setPassword(String username, char[] password) {
        check(username, password);
        String hash = hasher.hash(password);
        unit.run(em -> {
            locked(em, username).setPasswordHash(hash, clock.instant());
            endSessions(em, username);
        });
    }

    @Override
    public boolean installAdministrator(String username, String displayName, String passwordHash) {
        return unit.inTransaction(em -> {
            var a = em.find(AccountRecord.class, username, LockModeType.PESSIMISTIC_WRITE);
            if (a == null) {
                a = new AccountRecord(username, displayName, passwordHash, Set.of(Role.IT_ADMIN), clock.instant());
                a.setPasswordHash(passwordHash, clock.instant());
                em.persist(a);
                return true;
            }
            Set<Role> roles = EnumSet.copyOf(a.roles().isEmpty() ? Set.of(Role.IT_ADMIN) : a.roles());
            roles.add(Role.IT_ADMIN);
            a.change(displayName == null || displayName.isBlank() ? a.displayName() : displayName, roles, null);
            a.setPasswordHash(passwordHash, clock.instant());
            a.setActive(true);
            endSessions(em, username);
            return false;
        });
    }

    private static void check(String username, char[] password) {
        PasswordRules.check(username, password).ifPresent(rule -> {
            throw new AccountRefusal(Reason.PASSWORD, rule);
        });
    }

    private static AccountRecord locked(EntityManager em, String username) {
        var a = username == null || username.length() > 64 ? null
                : em.find(AccountRecord.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new AccountRefusal(Reason.NO_ACCOUNT);
        }
        return a;
    }

    /** Refuses unless another account is an active IT admin; the admins' rows stay locked until the end of the transaction. */
    private static void requireAnotherAdmin(EntityManager em, String username) {
        List<AccountRecord> admins = em.createQuery("select a from Account a where a.active = true"
                + " and a.username <> :u", AccountRecord.class).setParameter("u", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (admins.stream().noneMatch(x -> x.roles().contains(Role.IT_ADMIN))) {
            throw new AccountRefusal(Reason.LAST_ADMIN);
        }
    }

    private static void endSessions(EntityManager em, String username) {
        em.createQuery("delete from SessionRecord s where s.username = :u").setParameter("u", username).executeUpdate();
    }
}
