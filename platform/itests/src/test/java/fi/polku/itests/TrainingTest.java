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
 * The training module (training-default) in the assembled distribution on a real PostgreSQL: built
 * on the published API only, it takes referrals, applications and the provider's decisions, moves
 * the core's referral through {@code ModuleReferrals}, never overbooks a course, refuses by the
 * rules with their sources and keeps the joint-purchase appropriation from being overdrawn.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class TrainingTest {
    private static final AtomicInteger INDIVIDUAL = new AtomicInteger(900);

    @Inject
    private BundleContext context;

    private Api caseworker;
    private Api lead;
    private Api ekami;
    private Api partner;
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
        lead = new Api(port).language("en");
        ekami = new Api(port).language("en");
        partner = new Api(port).language("en");
        admin = new Api(port);
        assertEquals(200, caseworker.login("caseworker", "polku-demo").status());
        assertEquals(200, lead.login("lead", "polku-demo").status());
        assertEquals(200, ekami.login("ekami", "polku-demo").status());
        assertEquals(200, partner.login("partner", "polku-demo").status());
        assertEquals(200, admin.login("admin", "polku-demo").status());
        caseworker.await("v1/training/courses", 200, 60);
    }

    @Test
    public void aCaseworkerAppliesTheProviderSelectsAndTheReferralMovesOnInTheCore() {
        String customer = customer("150368", "Teemu", false);
        Api.Reply none = caseworker.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"training\", \"purpose\": \"Logistiikka\"}");
        assertEquals("no job search: the module's own reason, in the user's language: " + none.body(), 409, none.status());
        assertTrue(none.body().toString(), none.body().path("detail").asText().contains("Labour-market training is for registered job seekers"));
        startJobSearch(customer, Day.today().minusDays(10));
        String referral = refer(customer);
        String course = course(lead, "Satamalogistiikka", "labour-market", "ekami", 5);

        Api.Reply applied = apply("{\"referralId\": \"" + referral + "\", \"courseId\": \"" + course + "\"}");
        assertEquals(applied.body().toString(), 201, applied.status());
        String application = applied.body().path("id").asText();
        assertEquals(409, apply("{\"referralId\": \"" + referral + "\", \"courseId\": \"" + course + "\"}").status());
        assertEquals(400, apply("{\"referralId\": \"x\", \"courseId\": \"" + course + "\"}").status());
        assertEquals("a partner cannot apply for a customer", 403, partner.post("v1/training/applications",
                "{\"referralId\": \"" + referral + "\", \"courseId\": \"" + course + "\"}").status());

        // The provider sees its applicant with the least personal data; another partner sees nothing of it.
        JsonNode page = ekami.get("v1/training/provider/applications").body();
        assertTrue("the provider's list says how long it is: " + page, page.path("total").asLong() >= 1);
        JsonNode mine = find(page.path("items"), application);
        assertEquals("Teemu", mine.path("firstName").asText());
        assertEquals("phone", mine.path("contactChannel").asText());
        assertFalse("no identity code for a provider: " + mine, mine.toString().contains("150368"));
        assertEquals("[]", partner.get("v1/training/provider/applications").body().path("items").toString());
        assertEquals(400, ekami.get("v1/training/provider/applications?limit=0").status());
        assertEquals(404, partner.post("v1/training/provider/applications/" + application + "/select", "{}").status());
        assertEquals("a unit lead decides only for courses without a provider account", 404,
                lead.post("v1/training/provider/applications/" + application + "/select", "{}").status());
        assertEquals(403, caseworker.get("v1/training/provider/applications").status());

        Api.Reply selected = ekami.post("v1/training/provider/applications/" + application + "/select", "{}");
        assertEquals(selected.body().toString(), 200, selected.status());
        assertEquals("accepted", referralState(customer, referral));
        assertEquals(1, seatsTaken(course));
        assertEquals(409, ekami.post("v1/training/provider/applications/" + application + "/select", "{}").status());
        assertEquals(200, ekami.post("v1/training/provider/applications/" + application + "/start", "{}").status());
        assertEquals("started", referralState(customer, referral));
        Api.Reply noNote = ekami.post("v1/training/provider/applications/" + application + "/complete", "{}");
        assertEquals(400, noNote.status());
        assertTrue(noNote.body().path("fields").has("note"));
        assertEquals(200, ekami.post("v1/training/provider/applications/" + application + "/complete", "{\"note\": \"Sai työpaikan\"}").status());
        assertEquals("completed", referralState(customer, referral));
        assertEquals("a completed seat stays counted", 1, seatsTaken(course));
        JsonNode seen = caseworker.get("v1/training/applications?referral=" + referral).body().get(0);
        assertEquals("completed", seen.path("state").asText());
        assertEquals("Sai työpaikan", seen.path("note").asText());

        String trail = admin.get("v1/audit/customers/" + customer).body().toString();
        assertTrue("every provider reading is in the customer's trail: " + trail, trail.contains("module.referral-read"));
        assertTrue(trail, trail.contains("referral.completed"));
    }

    @Test
    public void anInterruptionGivesTheSeatBackAndADeclineEndsTheReferralWithItsReason() {
        String course = course(lead, "Oma tuotanto", "labour-market", null, 3);
        String first = customerWithReferral("160370", "Outi");
        String second = customerWithReferral("170371", "Olli");
        String a1 = created(apply(application(first, course)));
        String a2 = created(apply(application(second, course)));
        Api.Reply byLead = lead.post("v1/training/provider/applications/" + a1 + "/select", "{}");
        assertEquals("the area's own course: the unit lead decides: " + byLead.body(), 200, byLead.status());
        assertEquals(1, seatsTaken(course));
        assertEquals(200, lead.post("v1/training/provider/applications/" + a1 + "/interrupt", "{\"note\": \"Sairastui\"}").status());
        assertEquals(0, seatsTaken(course));
        Api.Reply declined = lead.post("v1/training/provider/applications/" + a2 + "/decline", "{\"note\": \"Ei pohjakoulutusta\"}");
        assertEquals(declined.body().toString(), 200, declined.status());
        assertEquals("declined", declined.body().path("state").asText());
        assertEquals(0, seatsTaken(course));

        java.net.http.HttpResponse<byte[]> notice = caseworker.bytes("v1/training-selection-documents/" + a2);
        assertEquals(200, notice.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(notice.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text, text.contains("Ilmoitus koulutukseen valinnasta") && text.contains("Teitä ei valittu koulutukseen")
                    && text.contains("Ei pohjakoulutusta"));
            assertFalse("never the identity code", text.matches("(?s).*\\d{6}[-+A]\\d{3}.*"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals("not before the provider decides", 409, caseworker.bytes("v1/training-selection-documents/"
                + created(apply(application(customerWithReferral("180372", "Otto"), course)))).statusCode());
    }

    @Test
    public void aCourseIsNeverOverbookedUnderConcurrentSelections() throws Exception {
        int seats = 5;
        int applicants = 16;
        String course = course(lead, "Kilpailtu koulutus", "labour-market", null, seats);
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < applicants; i++) {
            applications.add(created(apply(application(customerWithReferral(String.format("%02d0175", 10 + i), "Hakija"), course))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(applicants);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (String a : applications) {
            Api client = new Api(port).language("en");
            client.login("lead", "polku-demo");
            results.add(pool.submit((Callable<Integer>) () -> {
                go.await();
                Api.Reply r = client.post("v1/training/provider/applications/" + a + "/select", "{}");
                // 503 with Retry-After: no database connection came free in time on a loaded machine, nothing was done.
                for (int tries = 0; r.status() == 503 && tries < 10; tries++) {
                    Thread.sleep(1_000);
                    r = client.post("v1/training/provider/applications/" + a + "/select", "{}");
                }
                return r.status();
            }));
        }
        go.countDown();
        int ok = 0;
        int full = 0;
        for (Future<Integer> f : results) {
            int status = f.get();
            ok += status == 200 ? 1 : 0;
            full += status == 409 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals("exactly the seats are taken", seats, ok);
        assertEquals("the rest hear the course is full", applicants - seats, full);
        assertEquals(seats, seatsTaken(course));
    }

    @Test
    public void changeSecurityConditionsAreCheckedFromTheAnswersAndTheAgeOnTheDayOfDismissal() {
        String course = course(lead, "Muutosturva", "change-security", null, 5);
        // Born 1 June 1970: 54 on 31 May 2025, 55 on 1 June 2025.
        String customer = customer("010670", "Marja", false);
        startJobSearch(customer, LocalDate.of(2025, 7, 15));
        String referral = refer(customer);
        Api.Reply young = apply(changeSecurity(referral, course, "2025-05-31", "financial-production", 12));
        assertEquals(young.body().toString(), 409, young.status());
        assertTrue(young.body().toString(), young.body().path("detail").asText().contains("age of 55 by the day of dismissal; the customer was 54"));
        assertTrue("the rule names its source: " + young.body(), young.body().path("detail").asText().contains("Acts 916/2012, 670/2022, 380/2023 (not verified"));
        Api.Reply many = apply(changeSecurity(referral, course, "2025-06-01", "other", 3));
        assertEquals(2, many.body().path("reasons").size());
        Api.Reply late = apply(changeSecurity(referral, course, "2025-05-01", "financial-production", 12));
        assertTrue("registered 75 days after: " + late.body(), late.body().toString().contains("within 60 days"));
        Api.Reply missing = apply("{\"referralId\": \"" + referral + "\", \"courseId\": \"" + course + "\"}");
        assertEquals(400, missing.status());
        assertEquals(3, missing.body().path("fields").size());
        Api.Reply fine = apply(changeSecurity(referral, course, "2025-06-01", "financial-production", 12));
        assertEquals(fine.body().toString(), 201, fine.status());
        assertEquals("2025-06-01", fine.body().path("dismissedOn").asText());
    }

    @Test
    public void integrationTrainingRecordsTheFundingSourceAndTheReportCountsIt() {
        String course = course(lead, "Kotoutumiskoulutus B", "integration", null, 5);
        String refugee = customerWithReferral("200380", "Amal");
        String other = customerWithReferral("210381", "Lena");
        assertEquals(400, apply(application(refugee, course)).status());
        Api.Reply r = apply("{\"referralId\": \"" + refugee + "\", \"courseId\": \"" + course + "\", \"refugeeBackground\": true}");
        assertEquals("refugee-background", r.body().path("funding").asText());
        assertEquals("area", created(apply("{\"referralId\": \"" + other + "\", \"courseId\": \"" + course
                + "\", \"refugeeBackground\": false}")) != null ? "area" : "");
        int year = Day.today().plusWeeks(5).getYear();
        JsonNode report = caseworker.get("v1/training/report/funding?year=" + year).body();
        assertTrue(report.toString(), count(report, "integration", "refugee-background") >= 1);
        assertTrue(report.toString(), count(report, "integration", "area") >= 1);
        assertEquals(400, caseworker.get("v1/training/report/funding?year=soon").status());
    }

    @Test
    public void aDegreeAimIsRefusedAndAJointPurchaseNeverOverdrawsItsAppropriation() throws Exception {
        Api.Reply degree = lead.post("v1/training/courses", courseJson("Tutkinto", "labour-market", null, 5, ", \"degreeAim\": true"));
        assertEquals(degree.body().toString(), 400, degree.status());
        assertTrue(degree.body().toString(), degree.body().path("fields").path("degreeAim").asText().contains("degree"));
        assertTrue(degree.body().toString(), degree.body().path("fields").path("degreeAim").asText().contains("Act 380/2023"));
        assertEquals(403, caseworker.post("v1/training/courses", courseJson("X", "labour-market", null, 5, "")).status());

        int year = 2033; // away from the demo's years
        assertEquals(200, lead.put("v1/training/appropriations/" + year, "{\"amountCents\": 10000000}").status());
        String joint = ", \"jointKind\": \"rekry\", \"priceCents\": 4000000, \"employerShareCents\": 1000000, \"employerBusinessId\": \"0112038-9\"";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> adds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String body = courseJsonOn("Rekry " + i, "joint-purchase", year, joint);
            adds.add(pool.submit(() -> lead.post("v1/training/courses", body).status()));
        }
        int created = 0;
        int refused = 0;
        for (Future<Integer> f : adds) {
            int s = f.get();
            created += s == 201 ? 1 : 0;
            refused += s == 409 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals("30 000 € a course of a 100 000 € appropriation: three fit", 3, created);
        assertEquals(3, refused);
        JsonNode a = find(lead.get("v1/training/appropriations").body(), year);
        assertEquals(9_000_000, a.path("committedCents").asLong());
        Api.Reply below = lead.put("v1/training/appropriations/" + year, "{\"amountCents\": 100}");
        assertEquals(409, below.status());
        Api.Reply badId = lead.post("v1/training/courses", courseJsonOn("Rekry X", "joint-purchase", year, joint.replace("0112038-9", "0112038-8")));
        assertTrue(badId.body().toString(), badId.body().path("fields").has("employerBusinessId"));
    }

    /**
     * Per municipality: Pyhtää maps training to a partner's bundle (examples/partner-training), the
     * others keep the area's own; the partner is updated in place while referrals are made, and no
     * referral is lost: each one made reaches the module it was made to, and one made to the area's
     * module before the change stays served there.
     */
    @Test
    public void oneMunicipalityMapsTrainingToAPartnerAndAnUpdateInPlaceLosesNoReferral() throws Exception {
        String before = referIn(customer("250372", "Pirjo", "624"));
        JsonNode earlier = find(caseworker.get("v1/customers/" + customerOf(before) + "/referrals").body(), before);
        assertEquals("training-default", earlier.path("moduleId").asText());

        java.nio.file.Path jar = java.nio.file.Path.of(context.getProperty("polku.test.examples"), "partner-training", "target",
                "partner-training-1.0.0.jar");
        byte[] v100 = java.nio.file.Files.readAllBytes(jar);
        Api.Reply installed = admin.postBytes("v1/admin/bundles?file=partner-training-1.0.0.jar", v100);
        assertEquals(installed.body().toString(), 201, installed.status());
        long bundle = installed.body().path("id").asLong();
        List<String> made = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            assertEquals(200, admin.put("v1/admin/municipalities/624/modules/training", "{\"moduleId\": \"pyhtaa-training-partner\"}").status());
            awaitTrainingOffer("624", "pyhtaa-training-partner");
            assertEquals("Kotka keeps the area's own", "training-default",
                    trainingOffer("285").path("moduleId").asText());
            for (int i = 0; i < 3; i++) {
                made.add(referIn(customer(String.format("%02d0473", 10 + i), "Pekka", "624")));
            }
            // Referrals go on from another thread while the new version is uploaded and starts: each one made is kept;
            // one refused while the module restarts is a clean 409, never made.
            java.util.concurrent.atomic.AtomicBoolean uploading = new java.util.concurrent.atomic.AtomicBoolean(true);
            ExecutorService during = Executors.newSingleThreadExecutor();
            Future<Integer> refusedDuring = during.submit(() -> {
                int refused = 0;
                for (int i = 0; uploading.get() && i < 12; i++) {
                    refused += referToPartner(String.format("%02d0574", 10 + i), made) ? 0 : 1;
                }
                return refused;
            });
            Api.Reply updated = admin.postBytes("v1/admin/bundles?file=partner-training-1.0.1.jar", ModulesUnderLoadTest.withVersion(v100, "1.0.1"));
            uploading.set(false);
            int refused = refusedDuring.get(60, java.util.concurrent.TimeUnit.SECONDS);
            during.shutdown();
            assertEquals(updated.body().toString(), 200, updated.status());
            assertEquals("1.0.1", updated.body().path("version").asText());
            // The upload is answered when the new version's module serves: from then on no referral is refused.
            int madeBefore = made.size();
            for (int i = 0; i < 3; i++) {
                assertTrue("refused after the update was answered (" + refused + " refused during it)",
                        referToPartner(String.format("%02d0675", 10 + i), made));
            }
            assertEquals(madeBefore + 3, made.size());
            String query = made.stream().map(id -> "referral=" + id).collect(java.util.stream.Collectors.joining("&"));
            Eventually.until("every one of the " + made.size() + " referrals made reached the partner, across the update", () -> {
                Api.Reply h = caseworker.get("partner-training/referrals?" + query);
                return h.status() == 200 && h.body().size() == made.size();
            });

            // The referral made to the area's module before the change is still served there.
            String course = course(lead, "Pyhtään kurssi", "labour-market", null, 3);
            assertEquals(201, apply(application(before, course)).status());
        } finally {
            admin.put("v1/admin/municipalities/624/modules/training", "{\"moduleId\": \"training-default\"}");
            admin.delete("v1/admin/bundles/" + bundle);
        }
        awaitTrainingOffer("624", "training-default");
    }

    /**
     * Refers a new Pyhtää customer to training: true and the referral kept in {@code made} when it was
     * made (to the partner's module), false when it was refused with 409 while the module restarted.
     */
    private boolean referToPartner(String ddmmyy, List<String> made) {
        String c = customer(ddmmyy, "Paula", "624");
        Api.Reply r = caseworker.post("v1/customers/" + c + "/referrals", "{\"serviceType\": \"training\", \"purpose\": \"Puhtausala\"}");
        if (r.status() != 201) {
            assertEquals(r.body().toString(), 409, r.status());
            return false;
        }
        assertEquals("pyhtaa-training-partner", r.body().path("moduleId").asText());
        made.add(r.body().path("id").asText());
        return true;
    }

    private JsonNode trainingOffer(String municipality) {
        for (JsonNode o : caseworker.get("v1/modules/offers/" + municipality).body()) {
            if (o.path("serviceType").asText().equals("training")) {
                return o;
            }
        }
        throw new AssertionError("no training offer for " + municipality);
    }

    private void awaitTrainingOffer(String municipality, String moduleId) {
        Eventually.until("training in " + municipality + " going to " + moduleId, () -> {
            JsonNode offer = trainingOffer(municipality);
            return offer.path("available").asBoolean() && moduleId.equals(offer.path("moduleId").asText());
        });
    }

    private final java.util.Map<String, String> customerOfReferral = new java.util.concurrent.ConcurrentHashMap<>();

    private String referIn(String customer) {
        String referral = refer(customer);
        customerOfReferral.put(referral, customer);
        return referral;
    }

    private String customerOf(String referral) {
        return customerOfReferral.get(referral);
    }

    // ---- helpers

    private String customer(String ddmmyy, String firstName, String municipality) {
        Api.Reply r = caseworker.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode(ddmmyy, '-', INDIVIDUAL.getAndIncrement())
                + "\", \"firstName\": \"" + firstName + "\", \"lastName\": \"Koulutettava\", \"municipalityCode\": \"" + municipality
                + "\", \"language\": \"fi\", \"phone\": \"0401234567\", \"preferredChannel\": \"phone\"}");
        assertEquals(r.body().toString(), 201, r.status());
        String id = r.body().path("id").asText();
        startJobSearch(id, Day.today().minusDays(3));
        return id;
    }

    private String customer(String ddmmyy, String firstName, boolean withJobSearch) {
        Api.Reply r = caseworker.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode(ddmmyy, '-', INDIVIDUAL.getAndIncrement())
                + "\", \"firstName\": \"" + firstName + "\", \"lastName\": \"Koulutettava\", \"municipalityCode\": \"285\", \"language\": \"fi\","
                + " \"phone\": \"0401234567\", \"preferredChannel\": \"phone\"}");
        assertEquals(r.body().toString(), 201, r.status());
        String id = r.body().path("id").asText();
        if (withJobSearch) {
            startJobSearch(id, Day.today().minusDays(3));
        }
        return id;
    }

    /** A new customer with a job search and a training referral the module has received; returns the referral. */
    private String customerWithReferral(String ddmmyy, String firstName) {
        return refer(customer(ddmmyy, firstName, true));
    }

    private void startJobSearch(String customer, LocalDate start) {
        Api.Reply r = caseworker.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + start
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}");
        assertEquals(r.body().toString(), 201, r.status());
    }

    private String refer(String customer) {
        Api.Reply r = caseworker.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"training\", \"purpose\": \"Ammatillinen osaaminen\"}");
        assertEquals(r.body().toString(), 201, r.status());
        return r.body().path("id").asText();
    }

    /** Applies, waiting while the module has not yet received the referral (delivery is asynchronous, within seconds). */
    private Api.Reply apply(String body) {
        long end = System.nanoTime() + 20_000_000_000L;
        Api.Reply r = caseworker.post("v1/training/applications", body);
        while ("referral-not-received".equals(r.body().path("code").asText()) && System.nanoTime() < end) {
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L); // as Api.await polls: the suite's bundles have no Awaitility
            r = caseworker.post("v1/training/applications", body);
        }
        return r;
    }

    private static String application(String referral, String course) {
        return "{\"referralId\": \"" + referral + "\", \"courseId\": \"" + course + "\"}";
    }

    private static String changeSecurity(String referral, String course, String dismissed, String grounds, int years) {
        return "{\"referralId\": \"" + referral + "\", \"courseId\": \"" + course + "\", \"dismissedOn\": \"" + dismissed
                + "\", \"dismissalGrounds\": \"" + grounds + "\", \"employmentYears\": " + years + "}";
    }

    private String course(Api who, String name, String kind, String account, int seats) {
        return created(who.post("v1/training/courses", courseJson(name, kind, account, seats, "")));
    }

    private static String courseJson(String name, String kind, String account, int seats, String extra) {
        LocalDate today = Day.today();
        return "{\"name\": \"" + name + "\", \"kind\": \"" + kind + "\", \"provider\": \"Ekami\", "
                + (account == null ? "" : "\"providerAccount\": \"" + account + "\", ")
                + "\"language\": \"fi\", \"place\": \"kotka\", \"seats\": " + seats + ", \"applicationsOpen\": \"" + today.minusDays(1)
                + "\", \"applicationsClose\": \"" + today.plusDays(14) + "\", \"startsOn\": \"" + today.plusWeeks(5) + "\", \"endsOn\": \""
                + today.plusWeeks(20) + "\"" + extra + "}";
    }

    private static String courseJsonOn(String name, String kind, int year, String extra) {
        return "{\"name\": \"" + name + "\", \"kind\": \"" + kind + "\", \"provider\": \"Ekami\", \"language\": \"fi\", \"place\": \"kotka\", "
                + "\"seats\": 10, \"applicationsOpen\": \"" + year + "-01-02\", \"applicationsClose\": \"" + year + "-01-20\", \"startsOn\": \""
                + year + "-02-01\", \"endsOn\": \"" + year + "-05-31\"" + extra + "}";
    }

    private int seatsTaken(String course) {
        return find(caseworker.get("v1/training/courses").body(), course).path("seatsTaken").asInt();
    }

    private String referralState(String customer, String referral) {
        return find(caseworker.get("v1/customers/" + customer + "/referrals").body(), referral).path("state").asText();
    }

    private static String created(Api.Reply r) {
        assertEquals(r.body().toString(), 201, r.status());
        return r.body().path("id").asText();
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    private static JsonNode find(JsonNode list, int year) {
        for (JsonNode n : list) {
            if (n.path("year").asInt() == year) {
                return n;
            }
        }
        throw new AssertionError("no " + year + " in " + list);
    }

    private static long count(JsonNode report, String kind, String funding) {
        for (JsonNode n : report) {
            if (n.path("kind").asText().equals(kind) && n.path("funding").asText().equals(funding)) {
                return n.path("applications").asLong();
            }
        }
        return 0;
    }
}
