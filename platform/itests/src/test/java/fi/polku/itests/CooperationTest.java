package fi.polku.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The multisectoral co-operation and the integration modules in the assembled distribution: a
 * transfer to the multisectoral unit refers the customer to the co-operation; the customer's
 * consent decides what the county's and Kela's workers see, at once; an integration customer's
 * period gives the integration unit an initial-assessment task, and the plan keeps the rules; a
 * municipality's mapping changed or a module stopped leaves the others serving.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CooperationTest {
    private static final AtomicInteger INDIVIDUAL = new AtomicInteger(960);

    @Inject
    private BundleContext context;

    private Api caseworker;
    private Api specialist;
    private Api county;
    private Api kela;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.options();
    }

    @Before
    public void logIn() {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        caseworker = new Api(port).language("en");
        caseworker.await("health", 200, 120);
        assertEquals(200, caseworker.login("caseworker", "polku-demo").status());
        specialist = new Api(port).language("en");
        assertEquals(200, specialist.login("kotoutus", "polku-demo").status());
        county = new Api(port).language("en");
        assertEquals(200, county.login("hyvinvointi", "polku-demo").status());
        kela = new Api(port).language("en");
        assertEquals(200, kela.login("kela", "polku-demo").status());
        caseworker.await("v1/multisector/rules", 200, 60);
        caseworker.await("v1/integration/rules", 200, 60);
    }

    @Test
    public void aTransferToTheMultisectoralUnitRefersToTheCooperationWhichAssessesPlansAndFollowsUp() {
        String customer = jobSeeker("285", false);
        Api.Reply moved = caseworker.post("v1/job-search-periods/" + period(customer) + "/transfer",
                "{\"unit\": \"multisectoral\", \"reason\": \"Työkyvyn rajoitteet, tarvitaan yhteinen arvio\"}");
        assertEquals(moved.body().toString(), 200, moved.status());
        JsonNode arrival = moved.body().path("arrivalReferral");
        assertEquals(arrival.toString(), "multisector-default", arrival.path("moduleId").asText());
        String referral = arrival.path("referralId").asText();
        await(() -> caseworker.get("v1/multisector/queue").body().toString().contains(referral), "the referral in the co-operation's queue");
        JsonNode row = find(caseworker.get("v1/multisector/queue").body(), referral);
        assertEquals("assessment", row.path("next").path("step").asText());
        assertEquals("three months from the referral", Day.today().plusMonths(3).toString(), row.path("next").path("due").asText());
        assertEquals(customer, caseworker.get("v1/referrals/" + referral + "/customer").body().path("customerId").asText());

        Api.Reply noCriteria = caseworker.post("v1/multisector/assessments", assessment(referral, false, "multisectoral"));
        assertEquals(noCriteria.body().toString(), 400, noCriteria.status());
        assertTrue(noCriteria.body().toString(), noCriteria.body().path("fields").path("outcome").toString().contains("381/2023"));
        assertEquals(409, caseworker.post("v1/multisector/plans", plan(referral, Day.today().plusMonths(2))).status());
        assertEquals(201, caseworker.post("v1/multisector/assessments", assessment(referral, true, "multisectoral")).status());
        assertEquals("a need found takes the customer in", "accepted", referralState(customer, referral));

        Api.Reply late = caseworker.post("v1/multisector/plans", plan(referral, Day.today().plusMonths(4)));
        assertEquals(late.body().toString(), 400, late.status());
        assertTrue(late.body().toString(), late.body().path("fields").path("nextReview").asText().contains("381/2023 (not verified"));
        Api.Reply plan = caseworker.post("v1/multisector/plans", plan(referral, Day.today().plusMonths(2)));
        assertEquals(plan.body().toString(), 201, plan.status());
        assertEquals(1, plan.body().path("version").asInt());
        assertEquals("the first plan starts the service", "started", referralState(customer, referral));
        assertEquals(201, caseworker.post("v1/multisector/follow-ups", followUp(referral)).status());

        JsonNode c = caseworker.get("v1/multisector/cases?referral=" + referral).body().get(0);
        assertEquals("review", c.path("next").path("step").asText());
        assertEquals("a follow-up without a next review gets the rule's interval", Day.today().plusMonths(3).toString(),
                c.path("next").path("due").asText());
        assertEquals(1, c.path("followUps").size());
    }

    @Test
    public void theCustomersConsentDecidesWhatTheCountyAndKelaSeeAndAWithdrawalTakesEffectAtOnce() {
        String customer = jobSeeker("075", false);
        String referral = refer(customer, "multisector").body().path("id").asText();
        await(() -> caseworker.post("v1/multisector/assessments", assessment(referral, true, "multisectoral")).status() == 201, "assessment");
        assertEquals(201, caseworker.post("v1/multisector/plans", plan(referral, Day.today().plusMonths(3))).status());
        assertFalse("no consent, nothing to see", county.get("v1/multisector/authority/customers").body().toString().contains(referral));

        assertEquals(201, consent(referral, "wellbeing", "assessment").status());
        assertEquals("the same consent twice", 409, consent(referral, "wellbeing", "assessment").status());
        JsonNode seen = find(county.get("v1/multisector/authority/customers").body(), referral);
        assertEquals(1, seen.path("assessments").size());
        assertEquals("the plan is not in the consent", 0, seen.path("plans").size());
        assertFalse("never the identity code", seen.toString().contains("identityCode"));
        assertFalse("Kela has no consent", kela.get("v1/multisector/authority/customers").body().toString().contains(referral));
        assertEquals(404, county.post("v1/multisector/authority/follow-ups", followUp(referral)).status());

        String planConsent = consent(referral, "wellbeing", "plan").body().path("id").asText();
        assertEquals(1, find(county.get("v1/multisector/authority/customers").body(), referral).path("plans").size());
        Api.Reply byCounty = county.post("v1/multisector/authority/follow-ups", followUp(referral));
        assertEquals(byCounty.body().toString(), 201, byCounty.status());
        assertEquals("wellbeing", byCounty.body().path("authority").asText());
        assertEquals(404, kela.post("v1/multisector/authority/follow-ups", followUp(referral)).status());

        assertEquals(204, caseworker.post("v1/multisector/consents/" + planConsent + "/withdraw", "").status());
        JsonNode after = find(county.get("v1/multisector/authority/customers").body(), referral);
        assertEquals("withdrawn: the plan is gone at once", 0, after.path("plans").size());
        assertEquals(404, county.post("v1/multisector/authority/follow-ups", followUp(referral)).status());
        assertEquals(404, caseworker.post("v1/multisector/consents/" + planConsent + "/withdraw", "").status());

        Api partner = new Api(caseworker.port()).language("en");
        assertEquals(200, partner.login("partner", "polku-demo").status());
        assertEquals("a partner outside the co-operation", 403, partner.get("v1/multisector/authority/customers").status());
        assertEquals(403, county.get("v1/multisector/cases?referral=" + referral).status());
        Api admin = new Api(caseworker.port());
        assertEquals(200, admin.login("admin", "polku-demo").status());
        String events = admin.get("v1/audit/events?limit=200").body().toString();
        assertTrue(events, events.contains("multisector.authority-read") && events.contains("multisector.consent-withdrawn"));
    }

    @Test
    public void anIntegrationCustomerGetsAnInitialAssessmentTaskAndAPlanWithinTheRules() {
        Api.Reply noLanguage = caseworker.post("v1/customers", immigrant("285", null));
        assertEquals(noLanguage.body().toString(), 400, noLanguage.status());
        assertTrue(noLanguage.body().toString(), noLanguage.body().path("fields").has("motherTongue"));
        Api.Reply registered = caseworker.post("v1/customers", immigrant("285", "ar"));
        assertEquals(registered.body().toString(), 201, registered.status());
        assertEquals("ar", registered.body().path("motherTongue").asText());
        assertTrue(registered.body().path("interpreterNeeded").asBoolean());
        String customer = registered.body().path("id").asText();
        Api.Reply started = caseworker.post("v1/customers/" + customer + "/job-search-periods",
                "{\"start\": \"" + Day.today() + "\", \"status\": \"unemployed\", \"integrationPlan\": true}");
        assertEquals(started.body().toString(), 201, started.status());
        assertEquals("integration", started.body().path("unit").asText());
        assertEquals("initial-assessment", started.body().path("timeline").get(0).path("step").asText());
        assertTrue("on the integration unit's queue", caseworker.get("v1/units/integration/queue?limit=500").body().toString().contains(customer));

        String referral = refer(customer, "integration").body().path("id").asText();
        assertEquals("only the named specialists record", 403, caseworker.post("v1/integration/assessments", integrationAssessment(referral, "A1")).status());
        Api.Reply badLevel = specialist.post("v1/integration/assessments", integrationAssessment(referral, "Z9"));
        assertEquals(badLevel.body().toString(), 400, badLevel.status());
        assertTrue(badLevel.body().toString(), badLevel.body().path("fields").has("skills.fi.listening"));
        await(() -> specialist.post("v1/integration/assessments", integrationAssessment(referral, "A1")).status() == 201, "assessment");
        assertEquals("accepted", referralState(customer, referral));
        JsonNode skills = caseworker.get("v1/integration/cases?referral=" + referral).body().get(0).path("assessments").get(0).path("skills");
        assertEquals("A1", skills.path("fi.listening").asText());

        Api.Reply tooLong = specialist.post("v1/integration/plans", integrationPlan(referral, Day.today().plusMonths(13)));
        assertEquals(tooLong.body().toString(), 400, tooLong.status());
        assertTrue(tooLong.body().toString(), tooLong.body().path("fields").path("validUntil").asText().contains("681/2023"));
        Api.Reply plan = specialist.post("v1/integration/plans", integrationPlan(referral, Day.today().plusMonths(12)));
        assertEquals(plan.body().toString(), 201, plan.status());
        assertEquals("kotoutus", plan.body().path("responsible").asText());
        assertEquals("started", referralState(customer, referral));

        String notEntitled = jobSeeker("285", false);
        String other = refer(notEntitled, "integration").body().path("id").asText();
        await(() -> specialist.post("v1/integration/assessments", integrationAssessment(other, "B1")).status() == 201, "assessment");
        Api.Reply refused = specialist.post("v1/integration/plans", integrationPlan(other, Day.today().plusMonths(6)));
        assertEquals(refused.body().toString(), 409, refused.status());
        assertTrue(refused.body().toString(), refused.body().path("detail").asText().contains("entitlement to an integration plan"));
    }

    @Test
    public void haminasMappingEmptiedLeavesTheOthersAndTheIntegrationModuleStoppedLeavesTheRestServing() throws Exception {
        Path file = Path.of(context.getProperty("polku.test.configs"), "fi.polku.municipality~hamina.cfg.json");
        String original = Files.readString(file);
        Files.writeString(file, original.replace("\"module.multisector\": \"multisector-default\"", "\"module.multisector\": \"\""));
        try {
            String hamina = jobSeeker("075", false);
            // Not offered, not merely a second open referral made before the change applied (also a 409).
            await(() -> "service-not-offered".equals(refer(hamina, "multisector").body().path("code").asText()),
                    "Hamina no longer offers the co-operation");
            Api.Reply moved = caseworker.post("v1/job-search-periods/" + period(hamina) + "/transfer",
                    "{\"unit\": \"multisectoral\", \"reason\": \"Elämänhallinnan ongelmat\"}");
            assertEquals("the transfer stands", 200, moved.status());
            assertFalse("and says why no referral was made", moved.body().path("arrivalReferral").path("refusal").path("en").asText().isEmpty());
            for (String municipality : new String[] {"285", "624", "935", "489"}) {
                assertEquals(municipality, 201, refer(jobSeeker(municipality, false), "multisector").status());
            }
        } finally {
            Files.writeString(file, original);
        }
        String back = jobSeeker("075", false);
        await(() -> refer(back, "multisector").status() == 201, "Hamina offers it again");

        Bundle integration = java.util.Arrays.stream(context.getBundles()).filter(b -> "fi.polku.integration".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        integration.stop();
        try {
            String c = jobSeeker("285", false);
            await(() -> refer(c, "integration").status() == 409, "integration not available");
            assertEquals(200, caseworker.get("health").status());
            assertEquals(200, caseworker.get("v1/worklist").status());
            assertEquals(200, caseworker.get("v1/multisector/queue").status());
            assertEquals(201, refer(c, "multisector").status());
            assertEquals(201, refer(c, "training").status());
        } finally {
            integration.start();
        }
        caseworker.await("v1/integration/rules", 200, 60);
    }

    /**
     * Ohjaamo, the co-operation, the integration and the guidance services stopped one at a time while
     * caseworkers' requests flow to the core, to the training module and to the others: none of
     * those requests may fail, and each module serves again once started.
     */
    @Test
    public void stoppingAnyOfTheThreeModulesFailsNoRequestElsewhere() throws Exception {
        java.util.Map<String, String> endpoints = java.util.Map.of("fi.polku.ohjaamo", "v1/ohjaamo/offices",
                "fi.polku.multisector", "v1/multisector/queue", "fi.polku.integration", "v1/integration/queue",
                "fi.polku.guidance", "v1/expert-assessments/experts");
        for (String stopped : new java.util.TreeSet<>(endpoints.keySet())) {
            java.util.List<String> paths = new java.util.ArrayList<>(java.util.List.of("v1/worklist", "v1/training/courses", "health"));
            endpoints.forEach((bundle, path) -> {
                if (!bundle.equals(stopped)) {
                    paths.add(path);
                }
            });
            java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.List<String> failed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
            java.util.List<Thread> threads = new java.util.ArrayList<>();
            for (String path : paths) {
                Api client = new Api(caseworker.port()).language("en");
                assertEquals(200, client.login("caseworker", "polku-demo").status());
                Thread t = new Thread(() -> {
                    while (running.get()) {
                        Api.Reply r = client.get(path);
                        sent.incrementAndGet();
                        if (r.status() != 200) {
                            failed.add(path + " " + r.status() + " " + r.body());
                        }
                    }
                }, "load " + path);
                threads.add(t);
                t.start();
            }
            Bundle bundle = java.util.Arrays.stream(context.getBundles()).filter(b -> stopped.equals(b.getSymbolicName())).findFirst().orElseThrow();
            bundle.stop();
            try {
                Api.Reply away = caseworker.await(endpoints.get(stopped), 503, 30);
                assertTrue("a stopped service says when to try again", away.raw().headers().firstValue("Retry-After").isPresent());
                assertEquals("service-stopped", away.body().path("code").asText());
                LockSupport.parkNanos(1_000_000_000L); // requests keep flowing while it is away
            } finally {
                bundle.start();
            }
            caseworker.await(endpoints.get(stopped), 200, 60);
            running.set(false);
            for (Thread t : threads) {
                t.join(10_000);
            }
            System.out.println(stopped + " stopped and started: " + sent.get() + " requests elsewhere, " + failed.size() + " failed");
            assertTrue(stopped + ": requests kept flowing", sent.get() >= 20);
            assertEquals(stopped + " stopped: " + failed.stream().limit(3).toList(), 0, failed.size());
        }
    }

    // ---- helpers

    /** A registered job seeker with an open job search started today. */
    private String jobSeeker(String municipality, boolean integration) {
        int n = INDIVIDUAL.getAndIncrement();
        String code = Api.syntheticIdentityCode(String.format("0101%02d", 70 + n % 30), '-', n);
        Api.Reply r = caseworker.post("v1/customers", "{\"identityCode\": \"" + code + "\", \"firstName\": \"Monia\", \"lastName\": \"Lainen\", "
                + "\"municipalityCode\": \"" + municipality + "\", \"language\": \"fi\", \"phone\": \"0401234000\", \"preferredChannel\": \"phone\"}");
        assertEquals(r.body().toString(), 201, r.status());
        String id = r.body().path("id").asText();
        Api.Reply p = caseworker.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + Day.today()
                + "\", \"status\": \"unemployed\", \"integrationPlan\": " + integration + "}");
        assertEquals(p.body().toString(), 201, p.status());
        return id;
    }

    private String immigrant(String municipality, String motherTongue) {
        int n = INDIVIDUAL.getAndIncrement();
        String code = Api.syntheticIdentityCode(String.format("0202%02d", 70 + n % 30), '-', n);
        return "{\"identityCode\": \"" + code + "\", \"firstName\": \"Amina\", \"lastName\": \"Hassan\", \"municipalityCode\": \"" + municipality
                + "\", \"language\": \"other\", \"phone\": \"0401234001\", \"interpreterNeeded\": true"
                + (motherTongue == null ? "" : ", \"motherTongue\": \"" + motherTongue + "\"") + "}";
    }

    private String period(String customer) {
        return caseworker.get("v1/customers/" + customer + "/job-search-periods").body().get(0).path("id").asText();
    }

    private Api.Reply refer(String customer, String type) {
        return caseworker.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"" + type + "\", \"purpose\": \"Yhteinen arvio\"}");
    }

    private Api.Reply consent(String referral, String authority, String scope) {
        return caseworker.post("v1/multisector/consents", "{\"referralId\": \"" + referral + "\", \"authority\": \"" + authority
                + "\", \"scope\": \"" + scope + "\", \"givenOn\": \"" + Day.today() + "\"}");
    }

    private static String assessment(String referral, boolean criteria, String outcome) {
        return "{\"referralId\": \"" + referral + "\", \"assessedOn\": \"" + Day.today() + "\", \"workCapacity\": " + criteria
                + ", \"lifeManagement\": false, \"wellbeingTookPart\": true, \"kelaTookPart\": true, \"outcome\": \"" + outcome
                + "\", \"summary\": \"Yhteinen arvio tehty\"}";
    }

    private static String plan(String referral, LocalDate review) {
        return "{\"referralId\": \"" + referral + "\", \"agreedOn\": \"" + Day.today() + "\", \"goals\": \"Työkyvyn selvitys\", "
                + "\"employmentServices\": \"Valmennus\", \"wellbeingServices\": \"Kuntoutus\", \"nextReview\": \"" + review + "\"}";
    }

    private static String followUp(String referral) {
        return "{\"referralId\": \"" + referral + "\", \"heldOn\": \"" + Day.today() + "\", \"progress\": \"Edennyt suunnitellusti\"}";
    }

    private static String integrationAssessment(String referral, String level) {
        return "{\"referralId\": \"" + referral + "\", \"assessedOn\": \"" + Day.today() + "\", \"education\": \"Lukio\", "
                + "\"workHistory\": \"Myyjä 5 vuotta\", \"literacy\": \"literate\", \"goals\": \"Kaupan ala\", \"planNeeded\": true, "
                + "\"summary\": \"Suomen kielen opinnot ensin\", \"skills\": {\"fi.listening\": \"" + level + "\", \"fi.speaking\": \"A1\"}}";
    }

    private static String integrationPlan(String referral, LocalDate until) {
        return "{\"referralId\": \"" + referral + "\", \"drawnOn\": \"" + Day.today() + "\", \"validUntil\": \"" + until
                + "\", \"goals\": \"Kaupan alan työ\", \"languageStudies\": \"Kotoutumiskoulutus A2-tasolle\", \"integrationTraining\": true}";
    }

    private static JsonNode find(JsonNode list, String referral) {
        for (JsonNode n : list) {
            if (n.path("referralId").asText().equals(referral)) {
                return n;
            }
        }
        throw new AssertionError("no " + referral + " in " + list);
    }

    private String referralState(String customer, String referral) {
        for (JsonNode r : caseworker.get("v1/customers/" + customer + "/referrals").body()) {
            if (r.path("id").asText().equals(referral)) {
                return r.path("state").asText();
            }
        }
        throw new AssertionError("no referral " + referral);
    }

    /** Waits for what the modules hear asynchronously (within seconds). */
    private static void await(Supplier<Boolean> done, String what) {
        Eventually.until(what, done::get);
    }
}
