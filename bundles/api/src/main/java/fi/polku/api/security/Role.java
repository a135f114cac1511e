package fi.polku.api.security;

import java.util.Locale;

/** What a signed-in person may do. A person can hold several roles. */
public enum Role {
    /** Works with job seekers: their customers, plans and tasks. */
    CASEWORKER,
    /** Leads a unit: a caseworker who also approves decisions and sees the unit's figures. */
    UNIT_LEAD,
    /** Installs and configures bundles and modules; reads audit trails. */
    IT_ADMIN,
    /** Works for a partner provider: sees only the customers referred to its module. */
    PARTNER;

    /** The role's name in JSON and in {@code SecurityContext.isUserInRole}: {@code caseworker}, {@code unit-lead} ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The roles' ids as constants, for {@code @RolesAllowed(Role.Ids.UNIT_LEAD)} on a resource
     * method (an annotation cannot call {@link #id()}).
     *
     * @since 1.1
     */
    public static final class Ids {
        public static final String CASEWORKER = "caseworker";
        public static final String UNIT_LEAD = "unit-lead";
        public static final String IT_ADMIN = "it-admin";
        public static final String PARTNER = "partner";

        private Ids() {}
    }

    /** The role for an {@link #id()}, or {@code null} when there is none. */
    public static Role fromId(String id) {
        for (Role r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
