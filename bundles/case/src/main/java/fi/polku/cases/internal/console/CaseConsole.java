package fi.polku.cases.internal.console;

import static fi.polku.api.console.Slot.CASE_ACTION;
import static fi.polku.api.console.Slot.CUSTOMER_TAB;
import static fi.polku.api.console.Slot.DASHBOARD_WIDGET;
import static fi.polku.api.console.Slot.NAVIGATION;
import static fi.polku.api.console.Slot.PAGE;

import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
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

    private static final List<Contribution> CONTRIBUTIONS = List.of(
            staff("worklist", NAVIGATION, "Työlistani", "Min arbetslista", "My worklist", "worklist.js", 10),
            staff("unit-queue", NAVIGATION, "Yksikön jono", "Enhetens kö", "Unit queue", "queue.js", 20),
            staff("customers", NAVIGATION, "Asiakashaku", "Kundsökning", "Find a customer", "search.js", 30),
            staff("register", NAVIGATION, "Uusi työnhakija", "Ny arbetssökande", "New job seeker", "register.js", 40),
            staff("dashboard", NAVIGATION, "Tilannekuva", "Lägesbild", "Dashboard", "dashboard.js", 50),
            staff("customer", PAGE, "Asiakas", "Kund", "Customer", "customer.js", 0),
            staff("customer-details", CUSTOMER_TAB, "Perustiedot", "Grunduppgifter", "Details", "tab-details.js", 10),
            staff("customer-job-search", CUSTOMER_TAB, "Työnhaku", "Arbetssökning", "Job search", "tab-job-search.js", 20),
            staff("customer-plan", CUSTOMER_TAB, "Työllistymissuunnitelma", "Sysselsättningsplan", "Employment plan", "tab-plan.js", 30),
            staff("customer-referrals", CUSTOMER_TAB, "Ohjaukset palveluihin", "Hänvisningar", "Referrals", "tab-referrals.js", 40),
            staff("start-job-search", CASE_ACTION, "Aloita työnhaku", "Inled arbetssökningen", "Start the job search",
                    "action-start.js", 10),
            staff("record-interview", CASE_ACTION, "Kirjaa haastattelu", "Registrera ett samtal", "Record an interview",
                    "action-interview.js", 20),
            staff("transfer", CASE_ACTION, "Siirrä yksikköön", "Överför till enhet", "Transfer to a unit", "action-transfer.js", 30),
            staff("refer", CASE_ACTION, "Ohjaa palveluun", "Hänvisa till tjänst", "Refer to a service", "action-refer.js", 40),
            staff("initial-on-time", DASHBOARD_WIDGET, "Alkuhaastattelut ajallaan", "Inledande intervjuer i tid",
                    "Initial interviews on time", "widget-initial.js", 10),
            staff("overdue-tasks", DASHBOARD_WIDGET, "Myöhässä olevat tehtävät", "Försenade uppgifter", "Overdue tasks",
                    "widget-overdue.js", 20),
            staff("approaching-liability", DASHBOARD_WIDGET, "Lähestyy 100 päivän rahoitusvastuuta",
                    "Närmar sig 100 dagars finansieringsansvar", "Approaching the 100-day municipal liability", "widget-liability.js", 30),
            Contribution.of("partner-referrals", NAVIGATION, labels("Ohjatut asiakkaat", "Hänvisade kunder", "Referred customers"),
                    "/console/case/partner.js", Set.of(Role.PARTNER), 10));

    private static Contribution staff(String id, Slot slot, String fi, String sv, String en, String script, int order) {
        return Contribution.of(id, slot, labels(fi, sv, en), "/console/case/" + script, STAFF, order);
    }

    private static Map<String, String> labels(String fi, String sv, String en) {
        return Map.of("fi", fi, "sv", sv, "en", en);
    }

    @Override
    public List<Contribution> contributions() {
        return CONTRIBUTIONS;
    }
}
