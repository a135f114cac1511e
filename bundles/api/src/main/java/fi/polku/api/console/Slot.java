package fi.polku.api.console;

import java.util.Locale;

/** The places in the console that bundles fill. */
public enum Slot {
    /** A page listed in the main navigation. */
    NAVIGATION,
    /** A page reached by a link, not listed (a customer's page, a form). */
    PAGE,
    /** A tab on a customer's page; a module's tab shows only for customers of municipalities it serves. */
    CUSTOMER_TAB,
    /** An action on a customer's page (hold an interview, refer to a service ...). */
    CASE_ACTION,
    /** A widget on the dashboard. */
    DASHBOARD_WIDGET,
    /** A page in the IT admin's section of the navigation. */
    ADMIN_PAGE;

    /** The slot's name in JSON: {@code navigation}, {@code customer-tab} ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
