package fi.polku.security.accounts;

import fi.polku.api.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The accounts of staff and partners' users. Every change is the caller's to audit; a refusal is
 * an {@link AccountRefusal} naming its reason. Deactivating an account or setting its password
 * ends its sessions at once.
 */
@ProviderType
public interface AccountAdministration {

    /** An account as an IT admin sees it: never its password hash. */
    record Account(String username, String displayName, Set<Role> roles, String organisation, boolean active, Instant createdAt,
            Instant lastLoginAt, Instant passwordChangedAt) {}

    /** What an account is to be: its name, roles and, for a partner's user, the organisation it works for. */
    record Details(String displayName, Set<Role> roles, String organisation) {}

    /** Every account, by username. */
    List<Account> list();

    Optional<Account> account(String username);

    /**
     * Creates an account.
     *
     * @throws AccountRefusal when the username is taken or the password breaks a rule
     */
    Account create(String username, Details details, char[] password);

    /**
     * Changes name, roles and organisation.
     *
     * @throws AccountRefusal when there is no such account, or it would leave no active IT admin
     */
    Account update(String username, Details details);

    /**
     * Deactivates (its sessions end at once; it cannot log in) or activates an account.
     *
     * @throws AccountRefusal when there is no such account, or deactivating it would leave no active IT admin
     */
    Account setActive(String username, boolean active);

    /**
     * Sets a new password, checked by the {@link PasswordRules}; the account's sessions end.
     *
     * @throws AccountRefusal when there is no such account or the password breaks a rule
     */
    void setPassword(String username, char[] password);

    /**
     * The launcher's {@code create-admin}: creates the IT admin with a password hash made by the
     * launcher, or, when the account exists, gives it that password and the IT admin role and
     * activates it (the way back in for whoever runs the server when the last admin's password
     * is lost).
     *
     * @return true when the account was created, false when an existing one was reset
     */
    boolean installAdministrator(String username, String displayName, String passwordHash);
}
