package fi.polku.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
 * The guidance services in the assembled distribution: a psychological assessment only under the
 * customer's consent, its results only for the psychologists or under the consent to share them,
 * withdrawals at once; expert assessments ordered by many caseworkers at the same moment never
 * overdraw their appropriation, invoices never pass an order's price, and the expert sees only its
 * own orders with the least of the person; self-motivated study is supported only under the rules in
 * force, for at most their longest period, and ends in a PDF decision in the customer's language
 * and a statement for the benefit payer.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class GuidanceTest {
    private static final AtomicInteger INDIVIDUAL = new AtomicInteger(970);

    @Inject
    private BundleContext context;

    private Api caseworker;
    private Api psychologist;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.options();
    }

    @Before
    public void logIn() {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        caseworker = login(port, "caseworker");
        caseworker.await("v1/career-guidance/me", 200, 60);
        caseworker.await("v1/expert-assessments/experts", 200, 60);
        caseworker.await("v1/self-motivated-study/rules", 200, 60);
        psychologist = login(port, "psykologi");
    }

    @Test
    public void psychologicalMethodsOnlyWithConsentAndTheirResultsOnlyForWhomTheCustomerAllows() {
        String customer = jobSeeker();
        String referral = refer(customer, "career-guidance");
        await(() -> caseworker.post("v1/career-guidance/sessions", "{\"referralId\": \"" + referral + "\", \"heldOn\": \"" + Day.today()
                + "\", \"mode\": \"face-to-face\", \"notes\": \"Alanvaihdon vaihtoehdot\"}").status() == 201, "a session");
        assertEquals(true, psychologist.get("v1/career-guidance/me").body().path("psychologist").asBoolean());

        Api.Reply withoutConsent = psychologist.post("v1/career-guidance/psychological-assessments", assessment(referral));
        assertEquals(withoutConsent.body().toString(), 409, withoutConsent.status());
        assertTrue(withoutConsent.message(), withoutConsent.message().contains("only with the customer's consent"));
        assertTrue("the condition names its act: " + withoutConsent.message(), withoutConsent.message().contains("380/2023 (not verified"));
        JsonNode rules = caseworker.get("v1/career-guidance/rules").body();
        assertEquals(rules.toString(), "work-ability", rules.get(0).path("kinds").get(1).asText());
        assertEquals("not a psychologist", 403, caseworker.post("v1/career-guidance/psychological-assessments", assessment(referral)).status());

        String methods = consent(referral, "methods");
        assertEquals(201, psychologist.post("v1/career-guidance/psychological-assessments", assessment(referral)).status());
        JsonNode seen = caseworker.get("v1/career-guidance/cases?referral=" + referral).body().get(0);
        assertFalse(seen.path("resultsShown").asBoolean());
        assertTrue("the method shows, the results do not: " + seen, seen.path("assessments").get(0).path("results").isNull());
        assertEquals("Ei soveltuvuusesteitä", psychologist.get("v1/career-guidance/cases?referral=" + referral).body().get(0)
                .path("assessments").get(0).path("results").asText());

        String share = consent(referral, "share-results");
        assertEquals("Ei soveltuvuusesteitä", caseworker.get("v1/career-guidance/cases?referral=" + referral).body().get(0)
                .path("assessments").get(0).path("results").asText());
        assertEquals(204, caseworker.post("v1/career-guidance/consents/" + share + "/withdraw", "").status());
        assertTrue("withdrawn: at once", caseworker.get("v1/career-guidance/cases?referral=" + referral).body().get(0)
                .path("assessments").get(0).path("results").isNull());
        assertEquals(204, caseworker.post("v1/career-guidance/consents/" + methods + "/withdraw", "").status());
        assertEquals(409, psychologist.post("v1/career-guidance/psychological-assessments", assessment(referral)).status());

        Api admin = login(caseworker.port(), "admin");
        String events = admin.get("v1/audit/events?limit=300").body().toString();
        assertTrue(events, events.contains("career-guidance.results-read") && events.contains("career-guidance.consent-withdrawn"));
    }

    @Test
    public void concurrentOrdersNeverOverdrawAndTheExpertSeesOnlyItsOwnOrders() throws Exception {
        Api lead = login(caseworker.port(), "lead");
        int year = Day.today().getYear();
        JsonNode before = caseworker.get("v1/expert-assessments/appropriations/" + year).body();
        long committed = before.path("committedCents").asLong();
        Api.Reply set = lead.put("v1/expert-assessments/appropriations/" + year, "{\"amountCents\": " + (committed + 50_000) + "}");
        assertEquals(set.body().toString(), 200, set.status());
        assertEquals(403, caseworker.put("v1/expert-assessments/appropriations/" + year, "{\"amountCents\": 1}").status());

        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            referrals.add(refer(jobSeeker(), "expert-assessment"));
        }
        for (String r : referrals) {
            // Known to the module once a too dear order is refused for the money (before: 404, no such referral).
            await(() -> caseworker.post("v1/expert-assessments/orders", order(r, 999_999_999)).status() == 409, "the module knows " + r);
        }
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger ordered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (String r : referrals) {
            Api client = login(caseworker.port(), "caseworker");
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                Api.Reply reply = client.post("v1/expert-assessments/orders", order(r, 10_000));
                if (reply.status() == 201) {
                    ordered.incrementAndGet();
                } else if (reply.status() == 409 && reply.message().contains("would overdraw")) {
                    refused.incrementAndGet();
                }
            });
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertEquals("500 euros, 100 each", 5, ordered.get());
        assertEquals(5, refused.get());
        JsonNode balance = caseworker.get("v1/expert-assessments/appropriations/" + year).body();
        assertEquals(0, balance.path("remainingCents").asLong());

        JsonNode orders = caseworker.get("v1/expert-assessments/orders?" + String.join("&", referrals.stream().map(r -> "referral=" + r).toList())).body();
        assertEquals(5, orders.size());
        String first = orders.get(0).path("id").asText();
        String second = orders.get(1).path("id").asText();
        assertEquals("cancelled", caseworker.post("v1/expert-assessments/orders/" + second + "/cancel", "").body().path("state").asText());
        assertEquals(10_000, caseworker.get("v1/expert-assessments/appropriations/" + year).body().path("remainingCents").asLong());

        Api.Reply tooMuch = caseworker.post("v1/expert-assessments/orders/" + first + "/invoices", invoice("L-1", 10_001));
        assertEquals(tooMuch.body().toString(), 409, tooMuch.status());
        assertEquals(201, caseworker.post("v1/expert-assessments/orders/" + first + "/invoices", invoice("L-1", 6_000)).status());
        assertEquals("the same invoice twice", 409, caseworker.post("v1/expert-assessments/orders/" + first + "/invoices", invoice("L-1", 100)).status());
        assertEquals(409, caseworker.post("v1/expert-assessments/orders/" + first + "/invoices", invoice("L-2", 4_001)).status());
        assertEquals(201, caseworker.post("v1/expert-assessments/orders/" + first + "/invoices", invoice("L-2", 4_000)).status());

        Api expert = login(caseworker.port(), "arvioija");
        JsonNode page = expert.get("v1/expert-assessments/provider/orders").body();
        JsonNode own = page.path("items");
        assertEquals("the list says how long it is", own.size(), page.path("total").asInt());
        assertTrue(own.toString(), own.toString().contains(first));
        assertFalse("a cancelled order is not the expert's any more", own.toString().contains(second));
        assertFalse("never the identity code", own.toString().contains("identityCode"));
        assertEquals("Arviolainen", own.get(0).path("lastName").asText());
        Api.Reply delivered = expert.post("v1/expert-assessments/provider/orders/" + first + "/deliver", "{\"summary\": \"Soveltuu logistiikka-alalle\"}");
        assertEquals(delivered.body().toString(), 200, delivered.status());
        assertEquals("delivered", delivered.body().path("state").asText());
        assertEquals(409, expert.post("v1/expert-assessments/provider/orders/" + first + "/deliver", "{\"summary\": \"uudestaan\"}").status());
        Api partner = login(caseworker.port(), "partner");
        assertEquals("not an expert", 403, partner.get("v1/expert-assessments/provider/orders").status());
        assertEquals(403, partner.post("v1/expert-assessments/provider/orders/" + first + "/deliver", "{\"summary\": \"x\"}").status());
    }

    @Test
    public void selfMotivatedStudyIsDecidedByTheRulesInForceAndEndsInADecisionDocumentAndAStatement() throws Exception {
        String customer = jobSeeker();
        String referral = refer(customer, "self-motivated-study");
        String start = Day.today().plusDays(14).toString();
        String end = Day.today().plusYears(3).toString();
        await(() -> caseworker.get("v1/self-motivated-study/cases?referral=" + referral).body().size() == 1, "the module knows the referral");
        Api.Reply refused = caseworker.post("v1/self-motivated-study/decisions", study(referral, start, end, false, false, "supported"));
        assertEquals(refused.body().toString(), 400, refused.status());
        JsonNode fields = refused.body().path("fields");
        assertTrue("full-time only, naming its act: " + fields, fields.path("fullTime").asText().contains("full-time") 
                && fields.path("fullTime").asText().contains("1290/2002"));
        assertTrue("both findings are needed for support: " + fields, fields.has("improvesProspects") && fields.has("mostAppropriate"));
        Api.Reply late = caseworker.post("v1/self-motivated-study/decisions", study(referral, Day.today().minusDays(3).toString(), end, true,
                true, "supported"));
        assertTrue("support is decided before the study starts: " + late.body(), late.body().path("fields").has("studyStart"));

        Api.Reply decided = caseworker.post("v1/self-motivated-study/decisions", study(referral, start, end, true, true, "supported"));
        assertEquals(decided.body().toString(), 201, decided.status());
        JsonNode d = decided.body();
        assertEquals("supported", d.path("outcome").asText());
        assertEquals("at most 24 months, though the study takes three years", LocalDate.parse(start).plusMonths(24).minusDays(1).toString(),
                d.path("supportedUntil").asText());
        assertTrue(d.path("number").asText(), d.path("number").asText().matches(Day.today().getYear() + "-\\d+"));
        assertEquals("one decision per referral", 409,
                caseworker.post("v1/self-motivated-study/decisions", study(referral, start, end, true, true, "not-supported")).status());
        await(() -> caseworker.get("v1/self-motivated-study/cases?referral=" + referral).body().get(0).path("state").asText().equals("completed"),
                "the referral is completed");

        java.net.http.HttpResponse<byte[]> pdf = caseworker.bytes("v1/self-motivated-study/decisions/" + d.path("id").asText() + "/document");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertEquals("in the decision's language", "sv", doc.getDocumentCatalog().getLanguage());
            assertTrue(text, text.contains("Beslut om frivilliga studier som stöds med arbetslöshetsförmån"));
            assertTrue("the person, by name and identity code: " + text, text.contains("Aino Arviolainen") && text.contains("Personbeteckning"));
            assertTrue("the appeal instructions with the rule's time limit: " + text, text.contains("inom 30 dagar") && text.contains("434/2003"));
            assertTrue(text, text.contains("Yrkesexamen") && text.contains("Kymenlaakson ammattiopisto"));
        }

        JsonNode statement = caseworker.get("v1/self-motivated-study/decisions/" + d.path("id").asText() + "/statement").body();
        assertEquals("polku.self-motivated-study.statement/1", statement.path("schema").asText());
        assertEquals(d.path("number").asText(), statement.path("decisionNumber").asText());
        assertTrue("the benefit payer identifies the person: " + statement, statement.path("identityCode").asText().matches("\\d{6}[-+A-Y]9\\d\\d[0-9A-Y]"));
        assertFalse("and gets none of the reasons", statement.toString().contains("Logistiikka-alan"));
        JsonNode day = caseworker.get("v1/self-motivated-study/statements?from=" + Day.today() + "&to=" + Day.today()).body();
        assertTrue(day.toString(), day.toString().contains(d.path("number").asText()));
        assertEquals(400, caseworker.get("v1/self-motivated-study/statements?from=2025-01-01&to=2026-12-31").status());

        Api admin = login(caseworker.port(), "admin");
        String events = admin.get("v1/audit/events?limit=300").body().toString();
        assertTrue(events, events.contains("module.identity-read") && events.contains("self-motivated-study.document"));
    }

    // ---- helpers

    private static String study(String referral, String start, String end, boolean fullTime, boolean findings, String outcome) {
        return "{\"referralId\": \"" + referral + "\", \"decidedOn\": \"" + Day.today() + "\", \"language\": \"sv\", "
                + "\"institution\": \"Kymenlaakson ammattiopisto\", \"qualification\": \"Logistiikan ammattitutkinto\", "
                + "\"studyKind\": \"further-vocational-qualification\", \"fullTime\": " + fullTime + ", \"studyStart\": \"" + start
                + "\", \"studyEnd\": \"" + end + "\", \"improvesProspects\": " + findings + ", \"mostAppropriate\": " + findings
                + ", \"outcome\": \"" + outcome + "\", \"reasoning\": \"Logistiikka-alan työvoimapula alueella.\"}";
    }

    private static Api login(int port, String user) {
        Api api = new Api(port).language("en");
        assertEquals(user, 200, api.login(user, "polku-demo").status());
        return api;
    }

    private String jobSeeker() {
        int n = INDIVIDUAL.getAndIncrement();
        String code = Api.syntheticIdentityCode(String.format("0303%02d", 70 + n % 30), '-', n);
        Api.Reply r = caseworker.post("v1/customers", "{\"identityCode\": \"" + code + "\", \"firstName\": \"Aino\", \"lastName\": \"Arviolainen\", "
                + "\"municipalityCode\": \"285\", \"language\": \"fi\", \"phone\": \"0401234002\", \"preferredChannel\": \"phone\"}");
        assertEquals(r.body().toString(), 201, r.status());
        String id = r.body().path("id").asText();
        assertEquals(201, caseworker.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + Day.today()
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}").status());
        return id;
    }

    private String refer(String customer, String type) {
        Api.Reply r = caseworker.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"" + type + "\", \"purpose\": \"Alanvaihto\"}");
        assertEquals(r.body().toString(), 201, r.status());
        return r.body().path("id").asText();
    }

    private String consent(String referral, String scope) {
        Api.Reply r = caseworker.post("v1/career-guidance/consents", "{\"referralId\": \"" + referral + "\", \"scope\": \"" + scope
                + "\", \"givenOn\": \"" + Day.today() + "\"}");
        assertEquals(r.body().toString(), 201, r.status());
        return r.body().path("id").asText();
    }

    private static String assessment(String referral) {
        return "{\"referralId\": \"" + referral + "\", \"conductedOn\": \"" + Day.today()
                + "\", \"method\": \"Soveltuvuustesti\", \"results\": \"Ei soveltuvuusesteitä\"}";
    }

    private static String order(String referral, long priceCents) {
        return "{\"referralId\": \"" + referral + "\", \"kind\": \"work-ability\", \"provider\": \"arvioija\", \"priceCents\": " + priceCents
                + ", \"question\": \"Työkyky varastotyöhön\"}";
    }

    private static String invoice(String number, long cents) {
        return "{\"invoiceNumber\": \"" + number + "\", \"amountCents\": " + cents + ", \"receivedOn\": \"" + Day.today() + "\"}";
    }

    private static void await(Supplier<Boolean> done, String what) {
        Eventually.until(what, done::get);
    }
}
