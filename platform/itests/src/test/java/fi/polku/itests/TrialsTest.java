package fi.polku.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The trials module (trials-default) in the assembled distribution: a caseworker records an
 * education or a work trial agreed on a referral, the limits of the law are checked by the day the
 * trial starts with a person's earlier trials counted (also when two are agreed at once), and the
 * organiser sees only its own trials and confirms them, moving the core's referral.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class TrialsTest {
    private static final AtomicInteger INDIVIDUAL = new AtomicInteger(920);

    @Inject
    private BundleContext context;

    private Api caseworker;
    private Api satama;
    private Api ekami;
    private Api admin;
    private int port;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.options();
    }

    @Before
    public void logIn() {
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        caseworker = new Api(port).language("en");
        caseworker.await("health", 200, 120);
        satama = new Api(port).language("en");
        ekami = new Api(port).language("en");
        admin = new Api(port);
        assertEquals(200, caseworker.login("caseworker", "polku-demo").status());
        assertEquals(200, satama.login("satama", "polku-demo").status());
        assertEquals(200, ekami.login("ekami", "polku-demo").status());
        assertEquals(200, admin.login("admin", "polku-demo").status());
        caseworker.await("v1/trials/rules", 200, 60);
    }

    @Test
    public void aWorkTrialIsAgreedConfirmedByItsOrganiserOnlyAndMovesTheReferral() {
        String customer = customer("140380");
        String referral = refer(customer);
        Api.Reply agreed = agree(work(referral, "2026-03-02", "2026-05-29", "6", 4, true, "satama"));
        assertEquals(agreed.body().toString(), 201, agreed.status());
        String trial = agreed.body().path("id").asText();
        assertEquals("accepted", referralState(customer, referral));
        assertEquals("one trial under way per referral", 409, agree(work(referral, "2026-06-01", "2026-06-30", "6", 4, true, null)).status());

        JsonNode mine = satama.get("v1/trials/organiser").body();
        assertEquals(mine.toString(), 1, count(mine.path("items"), trial));
        assertTrue("the organiser's list says how long it is: " + mine, mine.path("total").asLong() >= 1);
        assertEquals(400, satama.get("v1/trials/organiser?offset=-1").status());
        assertFalse("no identity code for an organiser", mine.toString().contains("140380"));
        assertEquals("another organiser sees nothing of it", 0, count(ekami.get("v1/trials/organiser").body().path("items"), trial));
        assertEquals(404, ekami.post("v1/trials/organiser/" + trial + "/start", "{}").status());
        assertEquals(403, caseworker.get("v1/trials/organiser").status());
        assertEquals(403, satama.get("v1/trials/current").status());

        assertEquals(409, satama.post("v1/trials/organiser/" + trial + "/complete", "{\"note\": \"too early\"}").status());
        assertEquals(200, satama.post("v1/trials/organiser/" + trial + "/start", "{}").status());
        assertEquals("started", referralState(customer, referral));
        assertEquals(400, satama.post("v1/trials/organiser/" + trial + "/complete", "{}").status());
        Api.Reply done = satama.post("v1/trials/organiser/" + trial + "/complete", "{\"note\": \"Sopii alalle hyvin\"}");
        assertEquals(done.body().toString(), 200, done.status());
        assertEquals("completed", referralState(customer, referral));
        JsonNode seen = caseworker.get("v1/trials?referral=" + referral).body().get(0);
        assertEquals("completed", seen.path("state").asText());
        assertEquals("Sopii alalle hyvin", seen.path("note").asText());
        assertTrue(admin.get("v1/audit/customers/" + customer).body().toString().contains("module.referral-read"));

        java.net.http.HttpResponse<byte[]> document = caseworker.bytes("v1/trial-documents/" + trial);
        assertEquals(200, document.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(document.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text, text.contains("Työkokeilu: sovitut ehdot") && text.contains("Kokeilija Testinen") && text.contains("2.3.2026 – 29.5.2026")
                    && text.contains("6 tuntia päivässä, 4 päivää viikossa"));
            assertFalse("never the identity code", text.contains("140380"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(404, caseworker.bytes("v1/trial-documents/" + java.util.UUID.randomUUID()).statusCode());
        assertEquals("not for an organiser's account", 403, satama.bytes("v1/trial-documents/" + trial).statusCode());
    }

    @Test
    public void theLimitsCountThePersonsEarlierTrialsAndNameTheirSources() {
        String customer = customer("150381");
        String first = refer(customer);
        assertEquals(201, agree(work(first, "2026-01-05", "2026-04-30", "6", 5, true, null)).status());
        // A second referral of the same person: the months with the same organiser add up.
        String second = referAgain(customer);
        Api.Reply tooLong = agree(work(second, "2026-05-04", "2026-07-31", "6", 5, true, null));
        assertEquals(tooLong.body().toString(), 409, tooLong.status());
        assertTrue(tooLong.body().toString(), tooLong.body().path("detail").asText().contains("at most 6 months"));
        assertTrue(tooLong.body().toString(), tooLong.body().path("detail").asText().contains("Act 380/2023 (not verified"));
        Api.Reply hours = agree(work(second, "2026-05-04", "2026-05-29", "9", 6, true, null));
        assertEquals(2, hours.body().path("reasons").size());
        Api.Reply noAssurance = agree(work(second, "2026-05-04", "2026-05-29", "6", 5, false, null));
        assertEquals(400, noAssurance.status());
        assertTrue(noAssurance.body().path("fields").has("assurance"));
        Api.Reply otherOrganiser = agree(work(second, "2026-05-04", "2026-05-29", "6", 5, true, null).replace("0112038-9", "0737546-2"));
        assertEquals("another organiser: its own six months: " + otherOrganiser.body(), 201, otherOrganiser.status());

        String third = referAgain(customer);
        Api.Reply edu = agree("{\"referralId\": \"" + third + "\", \"kind\": \"education-trial\", \"organiserName\": \"Ekami\", "
                + "\"organiserBusinessId\": \"0112038-9\", \"organiserAccount\": \"ekami\", \"statutoryGround\": \"career-options\", "
                + "\"policyGround\": \"Alan valinta\", \"tasks\": \"Tutustuminen sähköalaan\", \"trialDays\": 11, \"startsOn\": \"2026-06-01\", "
                + "\"endsOn\": \"2026-06-15\"}");
        assertEquals(409, edu.status());
        assertTrue(edu.body().toString(), edu.body().path("detail").asText().contains("at most 10 days"));
    }

    @Test
    public void twoTrialsAgreedAtOnceCannotTogetherPassTheLimit() throws Exception {
        String customer = customer("160382");
        List<String> referrals = List.of(refer(customer), referAgain(customer), referAgain(customer));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (String r : referrals) {
            Api client = new Api(port).language("en");
            client.login("caseworker", "polku-demo");
            awaitReceived(r);
            // Each is three months with the same organiser: any one fits, two together (six months and more) do not all fit.
            results.add(pool.submit((Callable<Integer>) () -> {
                go.await();
                return client.post("v1/trials", work(r, "2026-09-01", "2026-11-30", "6", 5, true, null)).status();
            }));
        }
        go.countDown();
        int created = 0;
        for (Future<Integer> f : results) {
            created += f.get() == 201 ? 1 : 0;
        }
        pool.shutdown();
        // 91 days each; six months from 1 September are 181 days: one fits, a second would not.
        assertEquals("the person lock lets exactly as many through as the six months hold", 1, created);
    }

    // ---- helpers

    private String customer(String ddmmyy) {
        Api.Reply r = caseworker.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode(ddmmyy, '-', INDIVIDUAL.getAndIncrement())
                + "\", \"firstName\": \"Kokeilija\", \"lastName\": \"Testinen\", \"municipalityCode\": \"075\", \"language\": \"fi\","
                + " \"phone\": \"0407654321\", \"preferredChannel\": \"phone\"}");
        assertEquals(r.body().toString(), 201, r.status());
        String id = r.body().path("id").asText();
        Api.Reply s = caseworker.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + Day.today().minusDays(40)
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}");
        assertEquals(s.body().toString(), 201, s.status());
        return id;
    }

    private String refer(String customer) {
        Api.Reply r = caseworker.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"trials\", \"purpose\": \"Työkokeilu satamassa\"}");
        assertEquals(r.body().toString(), 201, r.status());
        return r.body().path("id").asText();
    }

    private String referAgain(String customer) {
        Api.Reply r = caseworker.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"trials\", \"purpose\": \"Toinen kokeilu\", "
                + "\"again\": true}");
        assertEquals(r.body().toString(), 201, r.status());
        return r.body().path("id").asText();
    }

    /** Waits until the module has heard of the referral: a probe with too many hours is refused by the limits, not for the referral. */
    private void awaitReceived(String referral) {
        long end = System.nanoTime() + 20_000_000_000L;
        while ("referral-not-received".equals(caseworker.post("v1/trials", work(referral, "2026-09-01", "2026-09-30", "9", 5, true, null))
                .body().path("code").asText())) {
            assertTrue("the module received the referral", System.nanoTime() < end);
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
        }
    }

    /** Agrees, waiting while the module has not yet received the referral. */
    private Api.Reply agree(String body) {
        long end = System.nanoTime() + 20_000_000_000L;
        Api.Reply r = caseworker.post("v1/trials", body);
        while ("referral-not-received".equals(r.body().path("code").asText()) && System.nanoTime() < end) {
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L); // as Api.await polls: the suite's bundles have no Awaitility
            r = caseworker.post("v1/trials", body);
        }
        return r;
    }

    private static String work(String referral, String start, String end, String hours, int days, boolean assurance, String account) {
        return "{\"referralId\": \"" + referral + "\", \"kind\": \"work-trial\", \"organiserName\": \"Kotkan Satama Oy\", "
                + "\"organiserBusinessId\": \"0112038-9\"" + (account == null ? "" : ", \"organiserAccount\": \"" + account + "\"")
                + ", \"statutoryGround\": \"return-to-work\", \"policyGround\": \"Paluu työelämään pitkän tauon jälkeen\", "
                + "\"tasks\": \"Varastotyöt ja trukin ajo ohjattuna\", \"hoursPerDay\": " + hours + ", \"daysPerWeek\": " + days
                + ", \"startsOn\": \"" + start + "\", \"endsOn\": \"" + end + "\", \"assurance\": " + assurance + "}";
    }

    private String referralState(String customer, String referral) {
        for (JsonNode r : caseworker.get("v1/customers/" + customer + "/referrals").body()) {
            if (r.path("id").asText().equals(referral)) {
                return r.path("state").asText();
            }
        }
        throw new AssertionError("no referral " + referral);
    }

    private static int count(JsonNode list, String id) {
        int n = 0;
        for (JsonNode x : list) {
            n += x.path("id").asText().equals(id) ? 1 : 0;
        }
        return n;
    }
}
