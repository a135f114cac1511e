package fi.polku.security.accounts;

/** Why an account change was refused; the caller says it in the user's language. */
public final class AccountRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The username is taken. */
        EXISTS,
        /** There is no account of that name. */
        NO_ACCOUNT,
        /** The change would leave the installation without an active IT admin. */
        LAST_ADMIN,
        /** The password breaks a rule: {@link #rule()} names it. */
        PASSWORD
    }

    private final Reason reason;
    private final PasswordRules.Rule rule;

    public AccountRefusal(Reason reason) {
        this(reason, null);
    }

    public AccountRefusal(Reason reason, PasswordRules.Rule rule) {
        super(reason + (rule == null ? "" : ": " + rule), null, false, false);
        this.reason = reason;
        this.rule = rule;
    }

    public Reason reason() {
        return reason;
    }

    /** The password rule broken, or null for any other reason. */
    public PasswordRules.Rule rule() {
        return rule;
    }
}
