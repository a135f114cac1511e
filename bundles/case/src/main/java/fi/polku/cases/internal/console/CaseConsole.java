package fi.polku.cases.internal.console;

import static fi.polku.api.console.Slot.CASE_ACTION;
import static fi.polku.api.console.Slot.CUSTOMER_TAB;
import static fi.polku.api.console.Slot.DASHBOARD_WIDGET;
import static fi.polku.api.console.Slot.NAVIGATION;
import static fi.polku.api.console.Slot.PAGE;

import fi.polku.api.i18n.Messages;
import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The core's part of the console: the caseworker's day (worklist, unit queue, search, the
 * customer's page with its tabs and actions, registration), the dashboard and its widgets, and
 * the partner's referral list. Its scripts are this bundle's {@code /console/case/} resources.
 */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/case/*", prefix = "/console/case")
public final class CaseConsole implements ConsoleContributor {
    private static final Set<Role> STAFF = Set.of(Role.CASEWORKER, Role.UNIT_LEAD);

    private final List<Contribution> contributions;

    @Activate
    public CaseConsole(@Reference Messages messages) {
        this.contributions = List.of(
                staff(messages, "worklist", NAVIGATION, "worklist.js", 10),
                staff(messages, "unit-queue", NAVIGATION, "queue.js", 20),
                Contribution.builder("team", NAVIGATION).labels(messages.texts("console.team")).script("/console/case/team.js")
                        .roles(Role.UNIT_LEAD).order(22).build(),
                staff(messages, "calendar", NAVIGATION, "calendar.js", 25),
                staff(messages, "customers", NAVIGATION, "search.js", 30),
                staff(messages, "lobby", NAVIGATION, "lobby.js", 35),
                staff(messages, "register", NAVIGATION, "register.js", 40),
                staff(messages, "dashboard", NAVIGATION, "dashboard.js", 50),
                staff(messages, "customer", PAGE, "customer.js", 0),
                staff(messages, "dashboard-list", PAGE, "drilldown.js", 0),
                staff(messages, "customer-details", CUSTOMER_TAB, "tab-details.js", 10),
                staff(messages, "customer-journal", CUSTOMER_TAB, "tab-journal.js", 15),
                staff(messages, "customer-appointments", CUSTOMER_TAB, "tab-appointments.js", 17),
                staff(messages, "customer-job-search", CUSTOMER_TAB, "tab-job-search.js", 20),
                staff(messages, "customer-plan", CUSTOMER_TAB, "tab-plan.js", 30),
                staff(messages, "customer-placement", CUSTOMER_TAB, "tab-placement.js", 35),
                staff(messages, "customer-neglects", CUSTOMER_TAB, "tab-neglects.js", 37),
                staff(messages, "customer-referrals", CUSTOMER_TAB, "tab-referrals.js", 40),
                staff(messages, "start-job-search", CASE_ACTION, "action-start.js", 10),
                staff(messages, "record-interview", CASE_ACTION, "action-interview.js", 20),
                staff(messages, "transfer", CASE_ACTION, "action-transfer.js", 30),
                staff(messages, "refer", CASE_ACTION, "action-refer.js", 40),
                staff(messages, "record-neglect", CASE_ACTION, "action-neglect.js", 80),
                staff(messages, "end-job-search", CASE_ACTION, "action-end.js", 90),
                staff(messages, "initial-on-time", DASHBOARD_WIDGET, "widget-initial.js", 10),
                staff(messages, "overdue-tasks", DASHBOARD_WIDGET, "widget-overdue.js", 20),
                staff(messages, "approaching-liability", DASHBOARD_WIDGET, "widget-liability.js", 30),
                staff(messages, "liability-forecast", DASHBOARD_WIDGET, "widget-forecast.js", 35),
                Contribution.builder("workload-forecast", DASHBOARD_WIDGET).labels(messages.texts("console.workload-forecast"))
                        .script("/console/case/widget-workload.js").roles(Role.UNIT_LEAD).order(40).build(),
                Contribution.builder("admin-imports", Slot.ADMIN_PAGE).labels(messages.texts("console.admin-imports"))
                        .script("/console/case/imports.js").roles(Role.IT_ADMIN).order(27).build(),
                Contribution.builder("admin-whatif", Slot.ADMIN_PAGE).labels(messages.texts("console.admin-whatif"))
                        .script("/console/case/whatif.js").roles(Role.IT_ADMIN).order(28).build(),
                Contribution.builder("partner-referrals", NAVIGATION).labels(messages.texts("console.partner-referrals"))
                        .script("/console/case/partner.js").roles(Role.PARTNER).order(10).build());
    }

    /** A contribution for caseworkers and unit leads, its label {@code console.<id>} in the bundle's catalogue. */
    private static Contribution staff(Messages messages, String id, Slot slot, String script, int order) {
        return Contribution.builder(id, slot).labels(messages.texts("console." + id)).script("/console/case/" + script).roles(STAFF)
                .order(order).build();
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }
}
