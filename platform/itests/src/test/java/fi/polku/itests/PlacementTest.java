package fi.polku.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
 * Employer services and placement in the assembled distribution: employers with a valid business
 * ID, vacancies and their feed; job-search profiles matched to a vacancy with the reasons; job
 * offers recorded on both sides with the response and outcome; a job seeker presented to an
 * employer only with consent, showing only the documented fields; a month's applications short of
 * the employment plan raising a follow-up on the worklist; a municipality mapped elsewhere left alone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlacementTest {
    private static final AtomicInteger INDIVIDUAL = new AtomicInteger(940);
    private static final List<String> SHOWN = List.of("firstName", "lastName", "contact", "occupations", "skills", "languages", "education",
            "drivingLicence", "availableFrom");

    @Inject
    private BundleContext context;

    private Api caseworker;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.options();
    }

    @Before
    public void logIn() {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        caseworker = new Api(port).language("en");
        assertEquals(200, caseworker.login("caseworker", "polku-demo").status());
        caseworker.await("v1/vacancy-feed", 200, 60);
        caseworker.await("v1/occupations", 200, 60);
    }

    @Test
    public void employersVacanciesMatchingOffersAndPresentations() {
        Api.Reply bad = caseworker.post("v1/employers", "{\"businessId\": \"1234567-2\", \"name\": \"Väärä Oy\", \"municipalityCode\": \"285\", "
                + "\"consentToContact\": true}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().toString(), bad.body().path("fields").has("businessId"));
        String employerJson = "{\"businessId\": \"7890126-3\", \"name\": \"Testisataman Ahtaus Oy\", \"sector\": \"h\", \"municipalityCode\": \"285\", "
                + "\"consentToContact\": true, \"presentationWay\": \"Sähköpostitse\"}";
        Api.Reply employer = caseworker.post("v1/employers", employerJson);
        assertEquals(employer.body().toString(), 201, employer.status());
        String employerId = employer.body().path("id").asText();
        assertEquals("H", employer.body().path("sector").asText());
        assertEquals("one employer per business ID", 409, caseworker.post("v1/employers", employerJson).status());
        assertTrue(caseworker.get("v1/employers?q=testisataman").body().toString().contains(employerId));
        assertTrue(caseworker.get("v1/employers?q=7890126-3").body().toString().contains(employerId));
        assertEquals(201, caseworker.post("v1/employers/" + employerId + "/events", "{\"kind\": \"visit\", \"topic\": \"change-security\", "
                + "\"happenedOn\": \"" + Day.today() + "\", \"notes\": \"Irtisanomiset\", \"dismissed\": 8}").status());
        assertEquals(400, caseworker.post("v1/employers/" + employerId + "/events", "{\"kind\": \"visit\", \"topic\": \"recruitment\", "
                + "\"happenedOn\": \"" + Day.today() + "\", \"notes\": \"x\", \"dismissed\": 8}").status());

        Api.Reply noCode = caseworker.post("v1/vacancies", vacancy(employerId, "93x3", true));
        assertTrue(noCode.body().toString(), noCode.body().path("fields").has("occupationCode"));
        String vacancy = created(caseworker.post("v1/vacancies", vacancy(employerId, "9333", true)));
        String draft = created(caseworker.post("v1/vacancies", vacancy(employerId, "9333", false)));

        String exact = jobSeeker("Aaro");
        String group = jobSeeker("Bertta");
        String elsewhere = jobSeeker("Cecilia");
        String other = jobSeeker("Daavid");
        JsonNode saved = profile(exact, "[\"9333\"]", "[\"285\"]", "[\"fi\", \"sv\"]", "[\"Satamarekka\", \"trukkikortti\"]", true, null);
        assertEquals(1, saved.path("version").asInt());
        profile(group, "[\"9334\"]", "[\"285\"]", "[\"fi\"]", "[]", false, null);
        if (!Day.today().isBefore(java.time.LocalDate.of(2026, 9, 1))) {
            // From 1.9.2026 the job seeker publishes a profile (HE 108/2025): a step of the search, done once it is shown to employers.
            assertEquals("done", profileStep(exact));
            assertEquals("not shown to employers: the duty is not met", "open", profileStep(group));
        }
        profile(elsewhere, "[\"9333\"]", "[\"489\"]", "[\"fi\"]", "[]", true, null);
        profile(other, "[\"5120\"]", "[]", "[\"fi\"]", "[]", true, null);
        Api.Reply stale = caseworker.put("v1/customers/" + exact + "/job-search-profile", profileJson("[\"9333\"]", "[\"285\"]", "[\"fi\"]", "[]",
                true, 0));
        assertEquals("a save over another's", 409, stale.status());
        Api.Reply badProfile = caseworker.put("v1/customers/" + exact + "/job-search-profile", profileJson("[\"93\"]", "[]", "[\"finnish\"]", "[]",
                true, null));
        assertTrue(badProfile.body().toString(), badProfile.body().path("fields").has("occupations") && badProfile.body().path("fields").has("languages"));

        JsonNode candidates = caseworker.get("v1/vacancies/" + vacancy + "/candidates?limit=200").body();
        JsonNode a = find(candidates, exact);
        JsonNode b = find(candidates, group);
        assertTrue("the same occupation at the place: " + candidates, a != null && reasons(a).containsAll(List.of("occupation", "place", "skill")));
        assertTrue(a.path("matchedSkills").toString().contains("satamarekka"));
        assertTrue("the same minor group: " + b, b != null && reasons(b).contains("occupation-group"));
        assertTrue("ranked by the score", a.path("score").asInt() > b.path("score").asInt());
        assertEquals("wants work elsewhere", null, find(candidates, elsewhere));
        assertEquals("another occupation", null, find(candidates, other));
        assertEquals(400, caseworker.get("v1/vacancies/" + vacancy + "/candidates?limit=0").status());

        Api.Reply offer = caseworker.post("v1/customers/" + exact + "/job-offers", "{\"vacancyId\": \"" + vacancy + "\"}");
        assertEquals(offer.body().toString(), 201, offer.status());
        assertEquals("Testisataman Ahtaus Oy", offer.body().path("employerName").asText());
        String offerId = offer.body().path("id").asText();
        assertEquals("once per vacancy", 409, caseworker.post("v1/customers/" + exact + "/job-offers", "{\"vacancyId\": \"" + vacancy + "\"}").status());
        assertEquals("a draft is not open", 409, caseworker.post("v1/customers/" + group + "/job-offers", "{\"vacancyId\": \"" + draft + "\"}").status());
        assertEquals(409, caseworker.post("v1/job-offers/" + offerId + "/outcome", "{\"outcome\": \"hired\"}").status());
        assertEquals("applied", caseworker.post("v1/job-offers/" + offerId + "/response", "{\"response\": \"applied\"}").body().path("response").asText());
        assertEquals("hired", caseworker.post("v1/job-offers/" + offerId + "/outcome", "{\"outcome\": \"hired\"}").body().path("outcome").asText());
        JsonNode employerSide = caseworker.get("v1/vacancies/" + vacancy + "/job-offers").body();
        assertEquals("on both sides", "hired", employerSide.get(0).path("outcome").asText());

        Api.Reply noConsent = caseworker.post("v1/vacancies/" + vacancy + "/presentations", "{\"customerId\": \"" + group + "\"}");
        assertEquals(409, noConsent.status());
        Api.Reply presented = caseworker.post("v1/vacancies/" + vacancy + "/presentations", "{\"customerId\": \"" + exact + "\"}");
        assertEquals(presented.body().toString(), 201, presented.status());
        List<String> fields = new ArrayList<>();
        presented.body().path("shown").fieldNames().forEachRemaining(fields::add);
        assertEquals("the employer sees the documented fields and nothing else", SHOWN, fields);
        assertEquals("Aaro", presented.body().path("shown").path("firstName").asText());

        JsonNode feed = caseworker.get("v1/vacancy-feed?limit=1000").body();
        assertEquals("polku.vacancy-feed/1", feed.path("schema").asText());
        assertTrue(feed.toString().contains(vacancy));
        assertFalse("a draft is not published", feed.toString().contains(draft));
        assertFalse("no job seeker in the feed", feed.toString().contains(exact));
        // Page by page, one vacancy a page: each published vacancy once, ours among them.
        List<String> paged = new ArrayList<>();
        String after = "";
        String afterId = "";
        for (int page = 0; page < 100; page++) {
            JsonNode p = caseworker.get("v1/vacancy-feed?limit=1" + after + afterId).body();
            if (p.path("vacancies").size() == 0) {
                break;
            }
            paged.add(p.path("vacancies").get(0).path("id").asText());
            after = "&after=" + p.path("next").asText();
            afterId = "&afterId=" + p.path("nextId").asText();
        }
        assertEquals("no vacancy twice: " + paged, paged.size(), new java.util.HashSet<>(paged).size());
        assertTrue(paged.contains(vacancy));
        assertEquals(feed.path("vacancies").size(), paged.size());
        assertEquals(400, caseworker.get("v1/vacancy-feed?afterId=nope").status());
        assertEquals(200, caseworker.post("v1/vacancies/" + vacancy + "/close", "").status());
        assertFalse(caseworker.get("v1/vacancy-feed?limit=1000").body().toString().contains(vacancy));
    }

    @Test
    public void aMonthShortOfThePlanRaisesAFollowUpOnTheWorklist() {
        String customer = jobSeeker("Eelis");
        String period = caseworker.get("v1/customers/" + customer + "/job-search-periods").body().get(0).path("id").asText();
        Api.Reply held = caseworker.post("v1/job-search-periods/" + period + "/interviews", "{\"kind\": \"initial\", \"heldOn\": \"" + Day.today()
                + "\", \"mode\": \"face-to-face\", \"prerequisites\": \"Valmis työhön\", \"serviceNeed\": \"Työnhaku\", "
                + "\"plan\": {\"applicationsPerMonth\": 4, \"agreedServices\": \"Työnhaku\", \"contactMethod\": \"phone\"}}");
        assertEquals(held.body().toString(), 201, held.status());
        String month = YearMonth.now(Day.AREA).toString();
        Api.Reply enough = caseworker.post("v1/customers/" + customer + "/work-search-reports", "{\"month\": \"" + month + "\", \"applications\": 5}");
        assertEquals(enough.body().toString(), 201, enough.status());
        assertFalse(enough.body().path("shortfall").asBoolean());
        Api.Reply shortOf = caseworker.post("v1/customers/" + customer + "/work-search-reports", "{\"month\": \"" + month + "\", \"applications\": 1}");
        assertTrue("corrected to a shortfall: " + shortOf.body(), shortOf.body().path("shortfall").asBoolean());
        assertEquals(4, shortOf.body().path("required").asInt());
        String task = shortOf.body().path("followUp").asText();
        assertTrue(caseworker.get("v1/worklist").body().toString().contains(task));
        assertEquals(400, caseworker.post("v1/customers/" + customer + "/work-search-reports", "{\"month\": \"" + YearMonth.now(Day.AREA).plusMonths(1)
                + "\", \"applications\": 1}").status());
        assertEquals(204, caseworker.post("v1/work-search-follow-ups/" + task + "/done", "").status());
        assertFalse(caseworker.get("v1/worklist").body().toString().contains(task));
        assertEquals(404, caseworker.post("v1/work-search-follow-ups/" + task + "/done", "").status());
    }

    @Test
    public void aMunicipalityThatMapsAnotherModuleIsLeftAlone() {
        Api admin = new Api(caseworker.port()).language("en");
        assertEquals(200, admin.login("admin", "polku-demo").status());
        assertEquals(200, admin.put("v1/admin/municipalities/489/modules/employer-services", "{\"moduleId\": \"\"}").status());
        try {
            // The mapping applies live, a moment after the answer.
            await(() -> !offered(caseworker.get("v1/modules/offers/489").body(), "employer-services"), "employer services no longer offered in 489");
            Api.Reply refused = caseworker.post("v1/employers", "{\"businessId\": \"1112223-0\", \"name\": \"Miehikkälän Mylly Oy\", "
                    + "\"municipalityCode\": \"489\", \"consentToContact\": false}");
            assertEquals(refused.body().toString(), 409, refused.status());
            assertTrue(refused.message(), refused.message().contains("another module"));
        } finally {
            assertEquals(200, admin.put("v1/admin/municipalities/489/modules/employer-services", "{\"moduleId\": \"employer-services-default\"}")
                    .status());
            await(() -> offered(caseworker.get("v1/modules/offers/489").body(), "employer-services"), "employer services offered again in 489");
        }
    }

    // ---- helpers

    private static boolean offered(JsonNode offers, String type) {
        for (JsonNode o : offers) {
            if (o.path("serviceType").asText().equals(type)) {
                return o.path("available").asBoolean();
            }
        }
        return false;
    }

    private static void await(java.util.function.Supplier<Boolean> done, String what) {
        Eventually.until(what, done::get);
    }

    private String jobSeeker(String firstName) {
        int n = INDIVIDUAL.getAndIncrement();
        String code = Api.syntheticIdentityCode(String.format("0404%02d", 70 + n % 30), '-', n);
        Api.Reply r = caseworker.post("v1/customers", "{\"identityCode\": \"" + code + "\", \"firstName\": \"" + firstName + "\", \"lastName\": "
                + "\"Sijoitettava\", \"municipalityCode\": \"285\", \"language\": \"fi\", \"phone\": \"0401234003\", \"preferredChannel\": \"phone\"}");
        assertEquals(r.body().toString(), 201, r.status());
        String id = r.body().path("id").asText();
        assertEquals(201, caseworker.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + Day.today()
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}").status());
        return id;
    }

    private String profileStep(String customer) {
        for (JsonNode step : caseworker.get("v1/customers/" + customer + "/job-search-periods").body().get(0).path("timeline")) {
            if (step.path("step").asText().equals("job-search-profile")) {
                return step.path("state").asText();
            }
        }
        return "none";
    }

    private JsonNode profile(String customer, String occupations, String places, String languages, String skills, boolean consent, Integer version) {
        Api.Reply r = caseworker.put("v1/customers/" + customer + "/job-search-profile", profileJson(occupations, places, languages, skills, consent,
                version));
        assertEquals(r.body().toString(), 200, r.status());
        return r.body();
    }

    private static String profileJson(String occupations, String places, String languages, String skills, boolean consent, Integer version) {
        return "{\"occupations\": " + occupations + ", \"municipalities\": " + places + ", \"languages\": " + languages + ", \"skills\": " + skills
                + ", \"education\": \"Ammatillinen perustutkinto\", \"drivingLicence\": true, \"consentToPresent\": " + consent
                + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    private static String vacancy(String employer, String occupation, boolean publish) {
        return "{\"employerId\": \"" + employer + "\", \"title\": \"Ahtaaja\", \"occupationCode\": \"" + occupation + "\", \"municipalityCode\": "
                + "\"285\", \"languages\": [\"fi\"], \"drivingLicence\": false, \"skills\": [\"satamarekka\", \"trukkikortti\"], \"positions\": 2, "
                + "\"howToApply\": \"Sähköpostitse\", \"applyBy\": \"" + Day.today().plusDays(20) + "\", \"publish\": " + publish + "}";
    }

    private static String created(Api.Reply r) {
        assertEquals(r.body().toString(), 201, r.status());
        return r.body().path("id").asText();
    }

    private static JsonNode find(JsonNode list, String customer) {
        for (JsonNode n : list) {
            if (n.path("customerId").asText().equals(customer)) {
                return n;
            }
        }
        return null;
    }

    private static List<String> reasons(JsonNode candidate) {
        List<String> out = new ArrayList<>();
        candidate.path("reasons").forEach(r -> out.add(r.asText()));
        return out;
    }
}
