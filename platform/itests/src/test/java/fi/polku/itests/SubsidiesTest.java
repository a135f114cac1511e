package fi.polku.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

/**
 * The subsidies module (subsidies-default) in the assembled distribution on a real PostgreSQL:
 * appropriations, applications and decisions over REST, and money that is never overdrawn, also
 * when many decisions come at once. Each test uses a year of its own, away from the demo data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SubsidiesTest {
    @Inject
    private BundleContext context;

    private Api caseworker;
    private Api lead;
    private Api admin;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.options();
    }

    @Before
    public void logIn() {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        caseworker = new Api(port);
        caseworker.await("health", 200, 120);
        lead = new Api(port);
        admin = new Api(port);
        assertEquals(200, caseworker.login("caseworker", "polku-demo").status());
        assertEquals(200, lead.login("lead", "polku-demo").status());
        assertEquals(200, admin.login("admin", "polku-demo").status());
        // The module's resources come a moment after the platform is UP.
        caseworker.await("v1/subsidies/appropriations", 200, 60);
    }

    @Test
    public void aUnitLeadsDecisionCommitsMoneyAndTheBalanceShowsIt() throws Exception {
        String customer = customer("010170", 931);
        assertEquals("appropriations are the unit lead's", 403, appropriation(caseworker, 2031, "pay-subsidy", 10_000_00).status());
        Api.Reply set = appropriation(lead, 2031, "pay-subsidy", 10_000_00);
        assertEquals(set.body().toString(), 200, set.status());
        assertEquals(10_000_00, set.body().path("remainingCents").asLong());
        assertEquals(400, appropriation(lead, 2031, "pay-subsidy", -1).status());
        assertEquals(404, appropriation(lead, 2031, "bonus", 1).status());

        Api.Reply bad = caseworker.post("v1/subsidies/applications", paySubsidy(customer, "0112038-8", "company", 2_000_00));
        assertEquals(bad.body().toString(), 400, bad.status());
        assertTrue(bad.body().toString(), bad.body().path("fields").path("employerBusinessId").asText().contains("control digit"));
        Api.Reply missing = caseworker.post("v1/subsidies/applications", "{\"kind\": \"pay-subsidy\"}");
        assertEquals(400, missing.status());
        assertTrue(missing.body().toString(), missing.body().path("fields").has("customerId") && missing.body().path("fields").has("startDate"));
        Api.Reply nobody = caseworker.post("v1/subsidies/applications", paySubsidy("6c1f0d2a-4b7e-4f3a-9c2d-000000000000", "0112038-9", "company", 2_000_00));
        assertEquals("an application for a customer who does not exist: " + nobody.body(), 400, nobody.status());
        assertTrue(nobody.body().toString(), nobody.body().path("fields").has("customerId"));
        assertEquals("a value of the wrong type is 400, not 500", 400,
                caseworker.post("v1/subsidies/applications", "{\"kind\": \"pay-subsidy\", \"requestedCents\": \"lots\"}").status());

        String association = created(caseworker.post("v1/subsidies/applications", paySubsidy(customer, "0737546-2", "third-sector", 3_000_00)));
        String company = created(caseworker.post("v1/subsidies/applications", paySubsidy(customer, "0112038-9", "company", 2_000_00)));
        List<String> queue = new ArrayList<>();
        caseworker.get("v1/subsidies/applications?status=pending&kind=pay-subsidy").body().path("items").forEach(a -> queue.add(a.path("id").asText()));
        assertTrue("companies first in the pending queue: " + queue, queue.indexOf(company) >= 0 && queue.indexOf(company) < queue.indexOf(association));
        assertEquals(400, caseworker.get("v1/subsidies/applications?status=maybe").status());

        assertEquals("a caseworker cannot decide", 403, decide(caseworker, company, "granted", null, null).status());
        Api.Reply granted = decide(lead, company, "granted", null, null);
        assertEquals(granted.body().toString(), 201, granted.status());
        assertEquals(2_000_00, granted.body().path("grantedCents").asLong());
        JsonNode balance = row(lead.get("v1/subsidies/appropriations?year=2031").body(), "pay-subsidy");
        assertEquals(2_000_00, balance.path("committedCents").asLong());
        assertEquals(8_000_00, balance.path("remainingCents").asLong());
        assertEquals("a caseworker sees the balance", 8_000_00,
                row(caseworker.get("v1/subsidies/appropriations?year=2031").body(), "pay-subsidy").path("remainingCents").asLong());

        Api.Reply again = decide(lead, company, "refused", null, "changed my mind");
        assertEquals("a second decision on the same application", 409, again.status());
        assertEquals(2_000_00, row(lead.get("v1/subsidies/appropriations?year=2031").body(), "pay-subsidy").path("committedCents").asLong());
        assertEquals(404, decide(lead, "00000000-0000-0000-0000-000000000000", "granted", null, null).status());
        assertEquals(404, caseworker.get("v1/subsidies/applications/not-an-id").status());
        JsonNode read = caseworker.get("v1/subsidies/applications/" + company).body();
        assertEquals("granted", read.path("status").asText());
        assertEquals("lead", read.path("decision").path("decidedBy").asText());
        java.net.http.HttpResponse<byte[]> document = caseworker.bytes("v1/subsidies/decision-documents/" + company);
        assertEquals(200, document.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(document.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text, text.contains("Päätös: Palkkatuki") && text.contains("Y-tunnus 0112038-9") && text.contains("Myönnetään haetun mukaisesti")
                    && text.contains("Oikaisuvaatimusohje") && text.contains("30 päivän"));
            assertFalse("never the identity code", text.matches("(?s).*\\d{6}[-+A]\\d{3}.*"));
            assertEquals("fi", pdf.getDocumentCatalog().getLanguage());
        }
        assertEquals("not decided yet", 409, caseworker.bytes("v1/subsidies/decision-documents/" + association).statusCode());
        assertEquals("sv", languageOf(caseworker.bytes("v1/subsidies/decision-documents/" + company + "?language=sv").body()));

        String trail = admin.get("v1/audit/customers/" + customer).body().toString();
        for (String action : List.of("subsidy.application-create", "subsidy.application-list", "subsidy.application-read", "subsidy.decision")) {
            assertTrue(action + " in " + trail, trail.contains(action));
        }
        assertTrue(trail.contains("outcome=granted grantedCents=200000"));
        assertTrue(admin.get("v1/audit/events?action=subsidy.appropriation-set&actor=lead").body().toString().contains("year=2031 kind=pay-subsidy"));
    }

    @Test
    public void theRuleSetDecidesEligibilityAndTheRefusalNamesItsSource() {
        String customer = customer("010186", 932);
        appropriation(lead, 2031, "employment-subsidy-55", 50_000_00);
        String young = created(caseworker.post("v1/subsidies/applications", "{\"kind\": \"employment-subsidy-55\", \"customerId\": \"" + customer
                + "\", \"employerBusinessId\": \"1572860-0\", \"employerName\": \"Testi Oy\", \"employerKind\": \"company\", "
                + "\"birthDate\": \"1986-01-01\", \"requestedCents\": 500000, \"months\": 10, \"startDate\": \"2031-02-01\", "
                + "\"payCostCents\": 250000, \"weeklyHours\": 30, \"unemployedMonths\": 25}"));
        JsonNode view = caseworker.get("v1/subsidies/applications/" + young).body();
        assertTrue(view.toString(), view.path("ruleCheck").get(0).asText().contains("at least 55"));
        Api.Reply refused = decide(lead, young, "granted", null, null);
        assertEquals(refused.body().toString(), 409, refused.status());
        assertTrue(refused.message(), refused.message().contains("at least 55") && refused.message().contains("Source: Act 380/2023"));
        assertEquals(0, row(lead.get("v1/subsidies/appropriations?year=2031").body(), "employment-subsidy-55").path("committedCents").asLong());
        assertEquals(400, decide(lead, young, "refused", null, " ").status());
        assertEquals(201, decide(lead, young, "refused", null, "Under the age limit of the rule set in force on the start date.").status());

        Api.Reply startUp = caseworker.post("v1/subsidies/applications", "{\"kind\": \"start-up-grant\", \"customerId\": \"" + customer
                + "\", \"fullTime\": false, \"requestedCents\": 900000, \"months\": 13, \"startDate\": \"2031-03-01\"}");
        assertEquals(201, startUp.status());
        String checks = startUp.body().path("ruleCheck").toString();
        assertTrue(checks, checks.contains("at most 12 months") && checks.contains("full-time"));

        // Pay subsidy (Työmarkkinatori, 'Palkkatuki'): never to the State; 50 % of the pay costs up to 1 260 € a month.
        String state = created(caseworker.post("v1/subsidies/applications", paySubsidy(customer, "0245437-2", "state", 8_000_00)));
        String stateChecks = caseworker.get("v1/subsidies/applications/" + state).body().path("ruleCheck").toString();
        assertTrue(stateChecks, stateChecks.contains("the State (only: company, municipality, public-body, third-sector)"));
        assertTrue("2 500 € of pay costs: 1 250 € a month, 6 months at most 7 500 €: " + stateChecks, stateChecks.contains("7 500,00 €"));
        Api.Reply noGround = caseworker.post("v1/subsidies/applications", paySubsidy(customer, "0112038-9", "company", 1_000_00)
                .replace("\"ground\": \"general\", ", ""));
        assertEquals(400, noGround.status());
        assertTrue(noGround.body().toString(), noGround.body().path("fields").has("ground"));
        // The 55+ subsidy: unemployed at least 24 of the last 28 months.
        String short55 = created(caseworker.post("v1/subsidies/applications", "{\"kind\": \"employment-subsidy-55\", \"customerId\": \""
                + customer + "\", \"employerBusinessId\": \"1572860-0\", \"employerName\": \"Testi Oy\", \"employerKind\": \"company\", "
                + "\"birthDate\": \"1966-01-01\", \"requestedCents\": 500000, \"months\": 10, \"startDate\": \"2031-02-01\", "
                + "\"payCostCents\": 250000, \"weeklyHours\": 30, \"unemployedMonths\": 20}"));
        assertTrue(caseworker.get("v1/subsidies/applications/" + short55).body().path("ruleCheck").toString().contains("at least 24 months"));
    }

    @Test
    public void anOverdrawIsRefusedWith409NamingTheRemainingBalance() {
        String customer = customer("020275", 933);
        appropriation(lead, 2032, "travel-compensation", 100_00);
        String first = created(caseworker.post("v1/subsidies/applications", travel(customer, 60_00, "2032-01-10")));
        String second = created(caseworker.post("v1/subsidies/applications", travel(customer, 50_00, "2032-01-11")));
        assertEquals(201, decide(lead, first, "granted", null, null).status());
        Api.Reply over = decide(lead, second, "granted", null, null);
        assertEquals(over.body().toString(), 409, over.status());
        assertTrue(over.message(), over.message().contains("40,00 €") && over.message().contains("overdraw"));
        assertEquals(40_00, over.body().path("remainingCents").asLong());
        assertEquals("nothing half-saved", "pending", caseworker.get("v1/subsidies/applications/" + second).body().path("status").asText());
        assertEquals(60_00, row(lead.get("v1/subsidies/appropriations?year=2032").body(), "travel-compensation").path("committedCents").asLong());
        assertEquals("an appropriation cannot fall below what is committed", 409, appropriation(lead, 2032, "travel-compensation", 59_99).status());

        Api.Reply partly = decide(lead, second, "partly", 40_00L, "Only the cheapest connection is compensated.");
        assertEquals(partly.body().toString(), 201, partly.status());
        JsonNode balance = row(lead.get("v1/subsidies/appropriations?year=2032").body(), "travel-compensation");
        assertEquals(100_00, balance.path("committedCents").asLong());
        assertEquals(0, balance.path("remainingCents").asLong());

        String none = created(caseworker.post("v1/subsidies/applications", travel(customer, 10_00, "2039-01-11")));
        Api.Reply noAppropriation = decide(lead, none, "granted", null, null);
        assertEquals(409, noAppropriation.status());
        assertTrue(noAppropriation.message(), noAppropriation.message().contains("No appropriation"));
    }

    @Test
    public void manyConcurrentDecisionsNeverOverdraw() throws Exception {
        String customer = customer("030380", 934);
        long amount = 1_000_00;
        long each = 150_00; // six fit in the appropriation, the seventh would overdraw it
        appropriation(lead, 2033, "cost-compensation", amount);
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            applications.add(created(caseworker.post("v1/subsidies/applications", "{\"kind\": \"cost-compensation\", \"customerId\": \""
                    + customer + "\", \"requestedCents\": " + each + ", \"startDate\": \"2033-01-15\"}")));
        }
        // Several unit leads' sessions, all deciding at the same moment.
        List<Api> leads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Api a = new Api(lead.port());
            assertEquals(200, a.login("lead", "polku-demo").status());
            leads.add(a);
        }
        List<Integer> statuses = decideAllAtOnce(applications, leads);
        assertEquals(statuses.toString(), 6, statuses.stream().filter(s -> s == 201).count());
        assertEquals(statuses.toString(), 14, statuses.stream().filter(s -> s == 409).count());

        long granted = 0;
        int grantedCount = 0;
        for (String id : applications) {
            JsonNode a = lead.get("v1/subsidies/applications/" + id).body();
            if (a.path("status").asText().equals("granted")) {
                granted += a.path("decision").path("grantedCents").asLong();
                grantedCount++;
            } else {
                assertEquals("a refused commit leaves the application as it was", "pending", a.path("status").asText());
            }
        }
        JsonNode balance = row(lead.get("v1/subsidies/appropriations?year=2033").body(), "cost-compensation");
        assertEquals(6, grantedCount);
        assertEquals("committed is the sum of the granted decisions", granted, balance.path("committedCents").asLong());
        assertTrue("never overdrawn", balance.path("committedCents").asLong() <= amount);
        assertEquals(amount - 6 * each, balance.path("remainingCents").asLong());

        // Ten decisions on one application at once: exactly one is made.
        appropriation(lead, 2033, "cost-compensation", 10_000_00);
        String contested = created(caseworker.post("v1/subsidies/applications", "{\"kind\": \"cost-compensation\", \"customerId\": \""
                + customer + "\", \"requestedCents\": 100, \"startDate\": \"2033-01-16\"}"));
        List<String> same = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            same.add(contested);
        }
        List<Integer> once = decideAllAtOnce(same, leads);
        assertEquals(once.toString(), 1, once.stream().filter(s -> s == 201).count());
        assertEquals(once.toString(), 9, once.stream().filter(s -> s == 409).count());
        assertEquals(6 * each + 100, row(lead.get("v1/subsidies/appropriations?year=2033").body(), "cost-compensation").path("committedCents").asLong());

        String decisions = admin.get("v1/audit/events?action=subsidy.decision&actor=lead&limit=1000").body().toString();
        long audited = applications.stream().filter(decisions::contains).count();
        assertEquals("each decision made is in the audit log", 6, audited);
        assertTrue(decisions.contains(contested));
        assertFalse("no free text about a person in audit details", decisions.contains("changed my mind"));
    }

    /** Every application decided "granted" by one of 20 threads, all released at once; the HTTP statuses. */
    private static List<Integer> decideAllAtOnce(List<String> applications, List<Api> leads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(applications.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < applications.size(); i++) {
                String id = applications.get(i);
                Api a = leads.get(i % leads.size());
                results.add(pool.submit(() -> {
                    go.await();
                    Api.Reply r = decide(a, id, "granted", null, null);
                    // 503 with Retry-After: no database connection came free in time on a loaded machine; nothing was
                    // decided, and a lead would send it again. Every decision ends 201 or 409 in the end.
                    for (int tries = 0; r.status() == 503 && tries < 10; tries++) {
                        Thread.sleep(1_000);
                        r = decide(a, id, "granted", null, null);
                    }
                    assertNotEquals(r.body().toString(), 500, r.status());
                    return r.status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String customer(String ddmmyy, int individual) {
        Api.Reply r = caseworker.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode(ddmmyy, '-', individual), "Tuen", "Hakija"));
        assertEquals(r.body().toString(), 201, r.status());
        return r.body().path("id").asText();
    }

    private static Api.Reply appropriation(Api api, int year, String kind, long cents) {
        return api.put("v1/subsidies/appropriations/" + year + "/" + kind, "{\"amountCents\": " + cents + "}");
    }

    private static Api.Reply decide(Api api, String application, String outcome, Long cents, String reasons) {
        return api.post("v1/subsidies/applications/" + application + "/decision", "{\"outcome\": \"" + outcome + "\""
                + (cents == null ? "" : ", \"grantedCents\": " + cents) + (reasons == null ? "" : ", \"reasons\": \"" + reasons + "\"") + "}");
    }

    private static String paySubsidy(String customer, String businessId, String employerKind, long cents) {
        return "{\"kind\": \"pay-subsidy\", \"customerId\": \"" + customer + "\", \"employerBusinessId\": \"" + businessId
                + "\", \"employerName\": \"Testityönantaja\", \"employerKind\": \"" + employerKind + "\", \"requestedCents\": " + cents
                + ", \"months\": 6, \"startDate\": \"2031-01-15\", \"ground\": \"general\", \"payCostCents\": 250000}";
    }

    private static String travel(String customer, long cents, String start) {
        return "{\"kind\": \"travel-compensation\", \"customerId\": \"" + customer + "\", \"requestedCents\": " + cents
                + ", \"startDate\": \"" + start + "\"}";
    }

    private static String created(Api.Reply r) {
        assertEquals(r.body().toString(), 201, r.status());
        return r.body().path("id").asText();
    }

    private static JsonNode row(JsonNode appropriations, String kind) {
        for (JsonNode r : appropriations) {
            if (r.path("kind").asText().equals(kind)) {
                return r;
            }
        }
        throw new AssertionError("no " + kind + " in " + appropriations);
    }

    private static String languageOf(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return d.getDocumentCatalog().getLanguage();
        }
    }
}
