package fi.polku.itests;

import static fi.polku.itests.Browser.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The training module's console in headless Chromium against {@code bin/polku --demo}: a
 * caseworker applies a customer's training referral to a course on the customer's training tab
 * (the change-security answers appear only for such a course, and its refusal names the rule), the
 * college's account selects the applicant on its own page, a unit lead's training page with a
 * degree-aim refusal; a work trial recorded on the trials tab (a refusal by the limits first) and
 * confirmed by the workplace on its own page; the customer's own Ohjaamo and a youth worker's page;
 * the multisectoral co-operation's tab (a joint assessment and a consent recorded), its queue and
 * the county worker's page that the consent opens; the integration specialist's assessment and plan;
 * axe-core (WCAG 2.1 AA) on every state, Finnish and Swedish on the pages of each module. One
 * platform for all the modules keeps the suite short.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceModulesBrowserTest {
    private DemoPlatform platform;
    private Browser browser;
    private Api caseworker;
    private String customer;
    private String oldCustomer;
    private String trialCustomer;
    private String youngCustomer;
    private String multisectoralCustomer;
    private String immigrant;
    private String guidanceCustomer;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "no Chromium here: install the Debian packages chromium and chromium-driver");
        platform = new DemoPlatform("training-browser");
        caseworker = platform.login("caseworker");
        caseworker.await("v1/training/courses", 200, 120);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!caseworker.get("v1/console/contributions").body().toString().contains("training-tab")) {
            assertTrue(System.nanoTime() < end, "the training module contributes to the console");
            Thread.sleep(500);
        }
        customer = customerWithReferral("120385", 961, "Kaisa", Day.today().minusDays(5), "Logistiikan osaaminen");
        // Dismissed at 50: change-security training is refused with the rule's act.
        oldCustomer = customerWithReferral("120376", 962, "Raimo", Day.today().minusDays(20), "Muutosturva");
        trialCustomer = customerWithTrialReferral("130390", 963, "Tiina");
        youngCustomer = youngWithOhjaamoReferral();
        multisectoralCustomer = transferredToTheMultisectoralUnit();
        immigrant = immigrantReferredToIntegration();
        guidanceCustomer = referredToGuidance();
        browser = new Browser(platform.port, platform.data.resolve("chromium"));
        browser.login("caseworker", "polku-demo");
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
            System.out.println("axe-core clean pages (" + browser.checkedPages.size() + "): " + browser.checkedPages);
        }
        if (platform != null) {
            platform.close();
        }
    }

    private String customerWithReferral(String ddmmyy, int individual, String firstName, LocalDate searchStart, String purpose) throws Exception {
        Api.Reply c = caseworker.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode(ddmmyy, '-', individual)
                + "\", \"firstName\": \"" + firstName + "\", \"lastName\": \"Kurssilainen\", \"municipalityCode\": \"285\", \"language\": \"fi\","
                + " \"email\": \"" + firstName.toLowerCase() + "@example.org\", \"preferredChannel\": \"email\"}");
        assertEquals(201, c.status(), c.body().toString());
        String id = c.body().path("id").asText();
        assertEquals(201, caseworker.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + searchStart
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}").status());
        Api.Reply r = caseworker.post("v1/customers/" + id + "/referrals", "{\"serviceType\": \"training\", \"purpose\": \"" + purpose + "\"}");
        assertEquals(201, r.status(), r.body().toString());
        String referral = r.body().path("id").asText();
        // The module hears of the referral within seconds; the tab's form needs it to have.
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!caseworker.post("v1/training/applications", "{\"referralId\": \"" + referral + "\", \"courseId\": \"00000000-0000-0000-0000-000000000000\"}")
                .body().path("code").asText().equals("no-course")) {
            assertTrue(System.nanoTime() < end, "the training module received the referral");
            Thread.sleep(200);
        }
        return id;
    }

    private String customerWithTrialReferral(String ddmmyy, int individual, String firstName) throws Exception {
        Api.Reply c = caseworker.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode(ddmmyy, '-', individual)
                + "\", \"firstName\": \"" + firstName + "\", \"lastName\": \"Kokeilija\", \"municipalityCode\": \"075\", \"language\": \"fi\","
                + " \"phone\": \"0401112223\", \"preferredChannel\": \"phone\"}");
        assertEquals(201, c.status(), c.body().toString());
        String id = c.body().path("id").asText();
        assertEquals(201, caseworker.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + Day.today().minusDays(60)
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}").status());
        Api.Reply r = caseworker.post("v1/customers/" + id + "/referrals", "{\"serviceType\": \"trials\", \"purpose\": \"Paluu työelämään\"}");
        assertEquals(201, r.status(), r.body().toString());
        return id;
    }

    /** A 20-year-old in Kotka referred to Ohjaamo Kotka. */
    private String youngWithOhjaamoReferral() {
        LocalDate born = Day.today().minusYears(20);
        String ddmmyy = String.format("%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100);
        Api.Reply c = caseworker.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode(ddmmyy, born.getYear() >= 2000 ? 'A' : '-', 964)
                + "\", \"firstName\": \"Veeti\", \"lastName\": \"Nuorinen\", \"municipalityCode\": \"285\", \"language\": \"fi\","
                + " \"phone\": \"0401112224\", \"preferredChannel\": \"phone\"}");
        assertEquals(201, c.status(), c.body().toString());
        String id = c.body().path("id").asText();
        Api.Reply r = caseworker.post("v1/customers/" + id + "/referrals", "{\"serviceType\": \"ohjaamo\", \"purpose\": \"Opiskelupaikan etsintä\"}");
        assertEquals(201, r.status(), r.body().toString());
        return id;
    }

    /** Transferred to the multisectoral unit, which refers the customer to the co-operation. */
    private String transferredToTheMultisectoralUnit() {
        Api.Reply c = caseworker.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode("140380", '-', 965)
                + "\", \"firstName\": \"Maija\", \"lastName\": \"Monialainen\", \"municipalityCode\": \"075\", \"language\": \"fi\","
                + " \"phone\": \"0401112225\", \"preferredChannel\": \"phone\"}");
        assertEquals(201, c.status(), c.body().toString());
        String id = c.body().path("id").asText();
        Api.Reply p = caseworker.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + Day.today().minusDays(40)
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}");
        assertEquals(201, p.status(), p.body().toString());
        Api.Reply moved = caseworker.post("v1/job-search-periods/" + p.body().path("id").asText() + "/transfer",
                "{\"unit\": \"multisectoral\", \"reason\": \"Työkyvyn rajoitteet ja elämänhallinta\"}");
        assertEquals("multisector-default", moved.body().path("arrivalReferral").path("moduleId").asText(), moved.body().toString());
        return id;
    }

    /** An immigrant entitled to an integration plan, Arabic-speaking with an interpreter, referred to the integration services. */
    private String immigrantReferredToIntegration() {
        Api.Reply c = caseworker.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode("150388", '-', 966)
                + "\", \"firstName\": \"Yusuf\", \"lastName\": \"Abdi\", \"municipalityCode\": \"285\", \"language\": \"other\","
                + " \"motherTongue\": \"ar\", \"interpreterNeeded\": true, \"phone\": \"0401112226\", \"preferredChannel\": \"phone\"}");
        assertEquals(201, c.status(), c.body().toString());
        String id = c.body().path("id").asText();
        assertEquals(201, caseworker.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + Day.today().minusDays(3)
                + "\", \"status\": \"unemployed\", \"integrationPlan\": true}").status());
        Api.Reply r = caseworker.post("v1/customers/" + id + "/referrals", "{\"serviceType\": \"integration\", \"purpose\": \"Alkukartoitus\"}");
        assertEquals(201, r.status(), r.body().toString());
        return id;
    }

    /** A job seeker referred to career guidance, to an expert assessment and to the assessment of self-motivated study. */
    private String referredToGuidance() {
        Api.Reply c = caseworker.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode("160386", '-', 967)
                + "\", \"firstName\": \"Outi\", \"lastName\": \"Ohjattava\", \"municipalityCode\": \"285\", \"language\": \"fi\","
                + " \"phone\": \"0401112227\", \"preferredChannel\": \"phone\"}");
        assertEquals(201, c.status(), c.body().toString());
        String id = c.body().path("id").asText();
        assertEquals(201, caseworker.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + Day.today().minusDays(100)
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}").status());
        for (String type : List.of("career-guidance", "expert-assessment", "self-motivated-study")) {
            Api.Reply r = caseworker.post("v1/customers/" + id + "/referrals", "{\"serviceType\": \"" + type + "\", \"purpose\": \"Alanvaihto\"}");
            assertEquals(201, r.status(), r.body().toString());
        }
        return id;
    }

    /** Submits a module's form until the module has heard of the referral (it may hear a moment after the page). */
    private void submitUntilShown(By form, By shown, String text) {
        // Longer than one wait for the text (20 s), so that a second submit happens at all.
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            browser.click(By.cssSelector(formSelector(form) + " button[type=submit]"));
            try {
                browser.awaitText(shown, text);
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                assertTrue(System.nanoTime() < end, "recorded: " + text);
            }
        }
    }

    private static String formSelector(By form) {
        return form.toString().replace("By.cssSelector: ", "");
    }

    /** The page's language walk in Finnish and then in Swedish (awaiting a Swedish text), back to Finnish. */
    private void speaksFinnishAndSwedish(String page, By where, String swedish) {
        speaksFinnishAndSwedish(page, null, where, swedish);
    }

    /** The same for a customer's tab: the page drawn anew in Swedish opens on its first tab, so {@code tab} is chosen again. */
    private void speaksFinnishAndSwedish(String page, By tab, By where, String swedish) {
        browser.assertSpeaksItsLanguage(page);
        browser.language("sv");
        if (tab != null) {
            browser.click(tab);
        }
        browser.awaitText(where, swedish);
        browser.assertSpeaksItsLanguage(page);
        browser.language("fi");
    }

    private void openTrainingTab(String id) {
        browser.open("#/customer/" + id);
        browser.click(By.id("tab-training-tab"));
        browser.await(By.cssSelector(".training-apply"));
        browser.settled();
    }

    @Test
    @Order(1)
    void theCaseworkerAppliesTheCustomerToACourseOnTheTrainingTab() {
        openTrainingTab(customer);
        assertContains(browser.text(By.id("tab-panel")), "Asiakkaan koulutusohjaukset");
        assertContains(browser.text(By.id("tab-panel")), "Kulukorvaus");
        assertFalse(browser.driver.findElement(By.name("dismissedOn")).isDisplayed(), "the change-security answers wait for such a course");
        browser.assertAccessible("training-tab");
        String logistics = (String) browser.script("return [...document.querySelectorAll('select[name=courseId] option')]"
                + ".find(o => o.textContent.startsWith('Logistiikan')).value");
        browser.select("courseId", logistics);
        browser.click(By.cssSelector(".training-apply button[type=submit]"));
        browser.awaitText(By.cssSelector("ul.training-referrals"), "haettu, odottaa järjestäjää");
        assertTrue(browser.driver.findElements(By.cssSelector(".training-apply")).isEmpty(), "one open application per referral");
        browser.assertAccessible("training-tab-applied");
        browser.screenshot("training-01-applied");
    }

    @Test
    @Order(2)
    void aChangeSecurityCourseAsksTheAnswersAndARefusalNamesTheAct() {
        openTrainingTab(oldCustomer);
        String course = (String) browser.script("return [...document.querySelectorAll('select[name=courseId] option')]"
                + ".find(o => o.textContent.includes('muutosturvakoulutus')).value");
        browser.select("courseId", course);
        assertTrue(browser.driver.findElement(By.name("dismissedOn")).isDisplayed(), "the answers show for a change-security course");
        browser.click(By.cssSelector(".training-apply button[type=submit]"));
        browser.awaitText(By.cssSelector(".training-apply [data-field=dismissedOn] .field-error"), "Irtisanomispäivä");
        browser.assertAccessible("training-tab-answers-missing");
        browser.script("const f = document.querySelector('input[name=dismissedOn]'); f.value = arguments[0];"
                + "f.dispatchEvent(new Event('input', {bubbles: true}))", Day.today().minusDays(30).toString());
        browser.select("dismissalGrounds", "financial-production");
        browser.type("employmentYears", "12");
        browser.click(By.cssSelector(".training-apply button[type=submit]"));
        browser.awaitText(By.cssSelector(".training-apply .form-summary"), "edellyttää 55 vuoden ikää");
        assertContains(browser.text(By.cssSelector(".training-apply .form-summary")), "916/2012");
        browser.assertAccessible("training-tab-refused");
        browser.screenshot("training-02-refused");
    }

    @Test
    @Order(3)
    void theCollegeSelectsItsApplicantOnItsOwnPageInFinnishAndSwedish() {
        browser.logout();
        browser.login("ekami", "polku-demo");
        browser.click(By.cssSelector("#nav a[data-contribution=training-applicants]"));
        browser.awaitText(By.tagName("main"), "Kurssilainen, Kaisa");
        String page = browser.text(By.tagName("main"));
        assertContains(page, "kaisa@example.org");
        assertFalse(page.contains("Raimo"), "a refused application never reached the provider");
        browser.assertAccessible("training-applicants");
        browser.assertSpeaksItsLanguage("training-applicants");
        browser.click(By.cssSelector("main button[aria-label^='Valitse']"));
        browser.awaitText(By.tagName("main"), "valittu");
        browser.assertAccessible("training-applicants-selected");
        browser.language("sv");
        browser.awaitText(By.tagName("main"), "Sökande till era utbildningar");
        browser.assertSpeaksItsLanguage("training-applicants");
        browser.screenshot("training-03-provider-sv");
        browser.language("fi");
        browser.logout();
    }

    @Test
    @Order(4)
    void theCaseworkerSeesTheSelectionAndTheLeadsPageRefusesADegreeAim() {
        browser.login("lead", "polku-demo");
        browser.open("#/customer/" + customer);
        browser.click(By.id("tab-training-tab"));
        browser.awaitText(By.cssSelector("ul.training-referrals"), "valittu");

        browser.click(By.cssSelector("#nav a[data-contribution=training]"));
        browser.await(By.cssSelector(".training-add-form"));
        browser.settled();
        String page = browser.text(By.tagName("main"));
        assertContains(page, "Yhteishankintamääräraha");
        assertContains(page, "Säännöt ja niiden lähteet");
        browser.assertAccessible("training-page");
        browser.type("name", "Sähköasentajan tutkinto");
        browser.type("provider", "Ekami");
        browser.type("seats", "10");
        LocalDate today = Day.today();
        for (String[] f : List.of(new String[] {"applicationsOpen", today.toString()}, new String[] {"applicationsClose", today.plusDays(10).toString()},
                new String[] {"startsOn", today.plusDays(20).toString()}, new String[] {"endsOn", today.plusDays(200).toString()})) {
            browser.script("document.querySelector('.training-add-form input[name=' + arguments[0] + ']').value = arguments[1]", f[0], f[1]);
        }
        browser.click(By.cssSelector(".training-add-form input[name=degreeAim]"));
        browser.click(By.cssSelector(".training-add-form button[type=submit]"));
        browser.awaitText(By.cssSelector(".training-add-form [data-field=degreeAim] .field-error"), "tutkinto");
        assertContains(browser.text(By.cssSelector(".training-add-form [data-field=degreeAim] .field-error")), "380/2023");
        browser.assertAccessible("training-page-degree-refused");
        browser.screenshot("training-04-degree-refused");
    }

    @Test
    @Order(5)
    void theCaseworkerRecordsAWorkTrialAndTheLimitsRefuseTooManyHours() throws Exception {
        browser.logout();
        browser.login("caseworker", "polku-demo");
        browser.open("#/customer/" + trialCustomer);
        browser.click(By.id("tab-trials-tab"));
        browser.await(By.cssSelector(".trial-agree"));
        browser.settled();
        assertFalse(browser.driver.findElement(By.name("trialDays")).isDisplayed(), "an education trial's days wait for that kind");
        browser.assertAccessible("trials-tab");
        browser.type("organiserName", "Kotkan Satama Oy");
        browser.type("organiserBusinessId", "0112038-9");
        browser.type("organiserAccount", "satama");
        browser.select("statutoryGround", "return-to-work");
        browser.type("policyGround", "Paluu työelämään pitkän tauon jälkeen");
        browser.type("tasks", "Varastotyöt ohjattuna");
        LocalDate start = Day.today().plusDays(7);
        for (String[] f : List.of(new String[] {"startsOn", start.toString()}, new String[] {"endsOn", start.plusMonths(2).toString()})) {
            browser.script("document.querySelector('.trial-agree input[name=' + arguments[0] + ']').value = arguments[1]", f[0], f[1]);
        }
        browser.type("hoursPerDay", "9");
        browser.type("daysPerWeek", "5");
        browser.click(By.cssSelector(".trial-agree input[name=assurance]"));
        // The module may hear of the referral a moment after the page: the refusal that matters is the limits'.
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        do {
            browser.click(By.cssSelector(".trial-agree button[type=submit]"));
            browser.await(By.cssSelector(".trial-agree .form-summary .notice"));
        } while (!browser.text(By.cssSelector(".trial-agree .form-summary")).contains("tuntia päivässä") && System.nanoTime() < end);
        assertContains(browser.text(By.cssSelector(".trial-agree .form-summary")), "4–8 tuntia päivässä");
        assertContains(browser.text(By.cssSelector(".trial-agree .form-summary")), "380/2023");
        browser.assertAccessible("trials-tab-refused");
        browser.type("hoursPerDay", "6");
        browser.click(By.cssSelector(".trial-agree button[type=submit]"));
        browser.awaitText(By.cssSelector("ul.trial-referrals"), "Kotkan Satama Oy");
        assertContains(browser.text(By.cssSelector("ul.trial-referrals")), "sovittu");
        browser.assertAccessible("trials-tab-agreed");
        browser.screenshot("trials-01-agreed");
        browser.click(By.cssSelector("#nav a[data-contribution=trials]"));
        browser.awaitText(By.id("trials-current"), "Kotkan Satama Oy");
        browser.assertAccessible("trials-page");
        browser.logout();
    }

    @Test
    @Order(6)
    void theWorkplaceConfirmsTheStartOnItsOwnPageInFinnishAndSwedish() {
        browser.login("satama", "polku-demo");
        browser.click(By.cssSelector("#nav a[data-contribution=trials-organiser]"));
        browser.awaitText(By.tagName("main"), "Kokeilija, Tiina");
        assertFalse(browser.text(By.tagName("main")).contains("Kurssilainen"), "another module's people are not here");
        browser.assertAccessible("trials-organiser");
        browser.assertSpeaksItsLanguage("trials-organiser");
        browser.click(By.cssSelector("main button[aria-label^='Alkoi']"));
        browser.awaitText(By.tagName("main"), "alkanut");
        browser.assertAccessible("trials-organiser-started");
        browser.language("sv");
        browser.awaitText(By.tagName("main"), "Försök som ni ordnar");
        browser.assertSpeaksItsLanguage("trials-organiser");
        browser.screenshot("trials-02-organiser-sv");
        browser.language("fi");
        browser.logout();
    }

    @Test
    @Order(7)
    void theCaseworkerSeesTheCustomersOwnOhjaamoAndRecordsAContact() throws Exception {
        browser.login("caseworker", "polku-demo");
        browser.open("#/customer/" + youngCustomer);
        browser.click(By.id("tab-ohjaamo-tab"));
        browser.awaitText(By.id("tab-panel"), "Ohjaamo Kotka");
        browser.await(By.cssSelector(".ohjaamo-contact-form"));
        browser.settled();
        assertContains(browser.text(By.id("tab-panel")), "Keskuskatu 1");
        browser.assertAccessible("ohjaamo-tab");
        browser.select("channel", "phone");
        browser.select("outcome", "continues");
        browser.type("note", "Sovittu tapaaminen ensi viikolle");
        // The module may hear of the referral a moment after the page. Longer than one wait for the text (20 s).
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            browser.click(By.cssSelector(".ohjaamo-contact-form button[type=submit]"));
            try {
                // The contacts list, not the form's options (which name the outcomes too).
                browser.awaitText(By.cssSelector("ul.ohjaamo-contacts"), "Sovittu tapaaminen ensi viikolle");
                break;
            } catch (org.openqa.selenium.TimeoutException e) {
                assertTrue(System.nanoTime() < end, "the contact was recorded");
            }
        }
        browser.settled();
        assertContains(browser.text(By.cssSelector("ul.ohjaamo-contacts")), "ohjaus jatkuu");
        browser.assertAccessible("ohjaamo-tab-recorded");
        browser.click(By.cssSelector("#nav a[data-contribution=ohjaamo]"));
        browser.awaitText(By.id("ohjaamo-offices"), "Ohjaamo Miehikkälä");
        browser.assertAccessible("ohjaamo-page");
        browser.screenshot("ohjaamo-01-tab");
        browser.logout();
    }

    @Test
    @Order(8)
    void theYouthWorkerSeesItsOwnOhjaamosYoungPeopleInFinnishAndSwedish() {
        browser.login("nuoriso", "polku-demo");
        browser.click(By.cssSelector("#nav a[data-contribution=ohjaamo-worker]"));
        browser.awaitText(By.tagName("main"), "Nuorinen, Veeti");
        assertFalse(browser.text(By.tagName("main")).contains("Kokeilija"), "no other module's people");
        browser.assertAccessible("ohjaamo-worker");
        browser.assertSpeaksItsLanguage("ohjaamo-worker");
        browser.language("sv");
        browser.awaitText(By.tagName("main"), "Unga i ert Ohjaamo");
        browser.assertSpeaksItsLanguage("ohjaamo-worker");
        browser.language("fi");
        browser.logout();
    }

    @Test
    @Order(9)
    void theCaseworkerRecordsAJointAssessmentAndAConsentAndTheCountyWorkerSeesWhatItAllows() throws Exception {
        browser.login("caseworker", "polku-demo");
        browser.open("#/customer/" + multisectoralCustomer);
        browser.click(By.id("tab-multisector-tab"));
        browser.await(By.cssSelector(".multisector-assessment-form"));
        browser.settled();
        assertContains(browser.text(By.id("tab-panel")), "Yhteinen arvio viimeistään");
        browser.assertAccessible("multisector-tab");
        browser.click(By.cssSelector(".multisector-assessment-form input[name=workCapacity]"));
        browser.click(By.cssSelector(".multisector-assessment-form input[name=lifeManagement]"));
        browser.select("outcome", "multisectoral");
        browser.type("summary", "Tarvitaan työkyvyn arviointi ja sosiaaliohjaus");
        submitUntilShown(By.cssSelector(".multisector-assessment-form"), By.cssSelector("ul.multisector-assessments"), "sosiaaliohjaus");
        browser.await(By.cssSelector(".multisector-plan-form"));
        browser.select("authority", "wellbeing");
        browser.select("scope", "assessment");
        browser.click(By.cssSelector(".multisector-consent-form button[type=submit]"));
        browser.awaitText(By.cssSelector("ul.multisector-consents"), "hyvinvointialue");
        browser.settled();
        assertContains(browser.text(By.id("tab-panel")), "Yhteinen suunnitelma viimeistään");
        browser.assertAccessible("multisector-tab-assessed");
        speaksFinnishAndSwedish("multisector-tab", By.id("tab-multisector-tab"), By.id("tab-panel"), "Samtycken");
        browser.click(By.cssSelector("#nav a[data-contribution=multisector]"));
        browser.awaitText(By.tagName("main"), "Monialainen, Maija");
        browser.assertAccessible("multisector-page");
        speaksFinnishAndSwedish("multisector-page", By.tagName("main"), "Tidsfrister");
        browser.screenshot("multisector-01-queue");
        browser.logout();

        browser.login("hyvinvointi", "polku-demo");
        browser.click(By.cssSelector("#nav a[data-contribution=multisector-authority]"));
        browser.awaitText(By.tagName("main"), "Monialainen, Maija");
        String seen = browser.text(By.tagName("main"));
        assertContains(seen, "sosiaaliohjaus");
        assertFalse(seen.contains("Kurssilainen") || seen.contains("Nuorinen"), "only the consented customers");
        browser.assertAccessible("multisector-authority");
        speaksFinnishAndSwedish("multisector-authority", By.tagName("main"), "Samtycket gäller");
        browser.logout();
    }

    @Test
    @Order(10)
    void theIntegrationSpecialistRecordsTheInitialAssessmentAndThePlan() throws Exception {
        browser.login("kotoutus", "polku-demo");
        browser.open("#/customer/" + immigrant);
        browser.click(By.id("tab-integration-tab"));
        browser.await(By.cssSelector(".integration-assessment-form"));
        browser.settled();
        String tab = browser.text(By.id("tab-panel"));
        assertContains(tab, "arabia");
        assertContains(tab, "tarvitaan");
        browser.assertAccessible("integration-tab");
        browser.select("skills.fi.listening", "A1");
        browser.select("skills.fi.speaking", "pre-A1");
        browser.select("literacy", "literate");
        browser.type("education", "Lukio Syyriassa");
        browser.type("workHistory", "Myyjä viisi vuotta");
        browser.type("goals", "Kaupan alan työ");
        browser.click(By.cssSelector(".integration-assessment-form input[name=planNeeded]"));
        browser.type("summary", "Suomen kielen opinnot ja kotoutumiskoulutus");
        submitUntilShown(By.cssSelector(".integration-assessment-form"), By.cssSelector(".integration-assessment"), "alle A1");
        browser.await(By.cssSelector(".integration-plan-form"));
        browser.script("const f = document.querySelector('.integration-plan-form input[name=validUntil]'); f.value = arguments[0];",
                Day.today().plusMonths(11).toString());
        browser.script("document.querySelector('.integration-plan-form textarea[name=goals]').value = arguments[0]", "Kaupan alan työ");
        browser.type("languageStudies", "Kotoutumiskoulutus A2-tasolle");
        browser.click(By.cssSelector(".integration-plan-form input[name=integrationTraining]"));
        browser.click(By.cssSelector(".integration-plan-form button[type=submit]"));
        browser.awaitText(By.cssSelector(".integration-plan"), "Kotoutumiskoulutus A2-tasolle");
        browser.await(By.cssSelector(".integration-courses h4"));
        browser.settled();
        browser.assertAccessible("integration-tab-planned");
        speaksFinnishAndSwedish("integration-tab", By.id("tab-integration-tab"), By.id("tab-panel"), "Integrationsplan");
        browser.click(By.cssSelector("#nav a[data-contribution=integration]"));
        browser.awaitText(By.tagName("main"), "Abdi, Yusuf");
        browser.assertAccessible("integration-page");
        speaksFinnishAndSwedish("integration-page", By.tagName("main"), "Regler");
        browser.screenshot("integration-01-page");
        browser.logout();
    }

    @Test
    @Order(11)
    void thePsychologistRecordsAnAssessmentUnderConsentAndTheCaseworkerOrdersAnExpertAssessment() throws Exception {
        browser.login("psykologi", "polku-demo");
        browser.open("#/customer/" + guidanceCustomer);
        browser.click(By.id("tab-career-guidance-tab"));
        browser.await(By.cssSelector(".career-consent-form"));
        browser.settled();
        assertContains(browser.text(By.id("tab-panel")), "suostumus psykologisten menetelmien käyttöön");
        browser.assertAccessible("career-guidance-tab");
        browser.select("scope", "methods");
        submitUntilShown(By.cssSelector(".career-consent-form"), By.cssSelector("ul.career-consents"), "psykologisten arviointimenetelmien käyttö");
        browser.await(By.cssSelector(".career-assessment-form"));
        browser.type("method", "Soveltuvuustesti");
        browser.type("results", "Vahva päättelykyky, sopii tekniselle alalle");
        browser.click(By.cssSelector(".career-assessment-form button[type=submit]"));
        browser.awaitText(By.cssSelector("ul.career-assessments"), "Vahva päättelykyky");
        browser.settled();
        browser.assertAccessible("career-guidance-tab-assessed");
        speaksFinnishAndSwedish("career-guidance-tab", By.id("tab-career-guidance-tab"), By.id("tab-panel"), "Psykologiska bedömningar");
        browser.logout();

        browser.login("caseworker", "polku-demo");
        browser.open("#/customer/" + guidanceCustomer);
        browser.click(By.id("tab-career-guidance-tab"));
        browser.awaitText(By.cssSelector("ul.career-assessments"), "Soveltuvuustesti");
        assertFalse(browser.text(By.id("tab-panel")).contains("Vahva päättelykyky"), "the results only with the customer's permission");
        browser.click(By.id("tab-expert-assessment-tab"));
        browser.await(By.cssSelector(".expert-order-form"));
        browser.settled();
        browser.assertAccessible("expert-assessment-tab");
        browser.select("kind", "work-ability");
        browser.type("price", "450");
        browser.type("question", "Työkyky varastotyöhön");
        submitUntilShown(By.cssSelector(".expert-order-form"), By.cssSelector("ul.expert-orders"), "450,00 €");
        browser.settled();
        browser.assertAccessible("expert-assessment-tab-ordered");
        speaksFinnishAndSwedish("expert-assessment-tab", By.id("tab-expert-assessment-tab"), By.id("tab-panel"), "Beställ bedömningen");
        browser.click(By.cssSelector("#nav a[data-contribution=expert-assessments]"));
        browser.awaitText(By.tagName("main"), "Kymen Työkykypalvelut");
        browser.assertAccessible("expert-assessments-page");
        speaksFinnishAndSwedish("expert-assessments-page", By.tagName("main"), "Anslag");
        browser.logout();

        browser.login("arvioija", "polku-demo");
        browser.click(By.cssSelector("#nav a[data-contribution=expert-provider]"));
        browser.awaitText(By.tagName("main"), "Ohjattava, Outi");
        browser.assertAccessible("expert-provider");
        speaksFinnishAndSwedish("expert-provider", By.tagName("main"), "Beställd");
        browser.logout();
    }

    @Test
    @Order(12)
    void theCaseworkerDecidesOnSelfMotivatedStudyAndTheDecisionIsAPdf() throws Exception {
        browser.login("caseworker", "polku-demo");
        browser.open("#/customer/" + guidanceCustomer);
        browser.click(By.id("tab-self-motivated-study-tab"));
        browser.await(By.cssSelector(".study-decision-form"));
        browser.settled();
        assertContains(browser.text(By.id("tab-panel")), "Arvio ja päätös");
        browser.assertAccessible("self-motivated-study-tab");
        browser.type("institution", "Kymenlaakson ammattiopisto");
        browser.type("qualification", "Logistiikan ammattitutkinto");
        browser.select("studyKind", "further-vocational-qualification");
        browser.click(By.name("fullTime"));
        browser.value("studyStart", Day.today().plusDays(30).toString());
        browser.value("studyEnd", Day.today().plusYears(1).toString());
        browser.click(By.name("improvesProspects"));
        browser.click(By.name("mostAppropriate"));
        browser.select("outcome", "supported");
        browser.type("reasoning", "Alueella on pulaa logistiikan osaajista.");
        submitUntilShown(By.cssSelector(".study-decision-form"), By.cssSelector(".study-decision"), "Tuetaan");
        browser.settled();
        browser.assertAccessible("self-motivated-study-decided");
        browser.screenshot("study-01-decided");
        String href = browser.attribute(By.cssSelector("a.study-document"), "href");
        speaksFinnishAndSwedish("self-motivated-study-tab", By.id("tab-self-motivated-study-tab"), By.id("tab-panel"), "Beslutet som PDF-fil");
        java.net.http.HttpResponse<byte[]> pdf = caseworker.bytes(href.substring(href.indexOf("/api/") + 5));
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
        browser.logout();
    }

    @Test
    @Order(13)
    void theCaseworkerWritesTheJobSearchProfile() throws Exception {
        browser.login("caseworker", "polku-demo");
        browser.open("#/customer/" + guidanceCustomer);
        browser.click(By.id("tab-customer-placement"));
        browser.await(By.cssSelector(".placement-profile"));
        browser.settled();
        browser.assertAccessible("placement-tab");
        new org.openqa.selenium.support.ui.Select(browser.field("occupations")).selectByValue("9333");
        browser.click(By.name("place-285"));
        browser.type("skills", "trukkikortti, ahtaus, vuorotyö");
        browser.click(By.name("consentToPresent"));
        browser.click(By.cssSelector(".placement-profile button[type=submit]"));
        browser.awaitText(By.cssSelector("#tab-panel .hint"), "suomi");
        browser.settled();
        JsonNode profile = caseworker.get("v1/customers/" + guidanceCustomer + "/job-search-profile").body();
        assertEquals("9333", profile.path("occupations").get(0).asText(), profile.toString());
        assertTrue(profile.path("consentToPresent").asBoolean());
        browser.assertAccessible("placement-tab-saved");
        browser.screenshot("placement-01-profile");
        speaksFinnishAndSwedish("placement-tab", By.id("tab-customer-placement"), By.id("tab-panel"), "Jobbsökningsprofil");
        browser.logout();
    }

    @Test
    @Order(14)
    void theCaseworkerFindsCandidatesForAVacancyAndMakesAJobOffer() throws Exception {
        browser.login("caseworker", "polku-demo");
        browser.click(By.cssSelector("#nav a[data-contribution=employers]"));
        browser.await(By.cssSelector(".employer-search"));
        browser.type("q", "Kotkan Satama");
        browser.click(By.cssSelector(".employer-search button[type=submit]"));
        browser.click(By.cssSelector("#employer-results .employer-open"));
        browser.awaitText(By.id("employer-detail"), "Ahtaaja, vuorotyö");
        browser.settled();
        browser.assertAccessible("employer");
        browser.click(By.cssSelector("#employer-detail .vacancy-candidates"));
        browser.awaitText(By.cssSelector("#employer-detail .vacancy-more"), "Ohjattava, Outi");
        browser.settled();
        browser.assertAccessible("employer-candidates");
        browser.screenshot("employer-01-candidates");
        browser.click(By.cssSelector("#employer-detail .candidate-offer[aria-label$='Outi Ohjattava']"));
        browser.awaitText(By.cssSelector("#employer-detail .vacancy-more"), "Tähän paikkaan tehdyt työtarjoukset");
        JsonNode offers = caseworker.get("v1/customers/" + guidanceCustomer + "/job-offers").body();
        assertEquals("Ahtaaja, vuorotyö", offers.get(0).path("vacancyTitle").asText(), offers.toString());
        speaksFinnishAndSwedish("employers-page", By.tagName("main"), "Arbetsgivare");
        browser.logout();
    }

    @Test
    @Order(15)
    void theCaseworkerWritesAJournalNoteAndReadsTheContext() {
        browser.login("caseworker", "polku-demo");
        browser.open("#/customer/" + guidanceCustomer);
        browser.click(By.id("tab-customer-journal"));
        browser.await(By.cssSelector(".journal-note"));
        browser.type("text", "Sovittiin uusi tapaaminen ensi viikolle");
        browser.click(By.cssSelector(".journal-note button[type=submit]"));
        browser.awaitText(By.cssSelector("ol.journal"), "Sovittiin uusi tapaaminen ensi viikolle");
        assertContains(browser.text(By.cssSelector("ol.journal")), "Työtarjous: Ahtaaja, vuorotyö");
        browser.settled();
        browser.assertAccessible("journal-tab");
        browser.screenshot("journal-01-note");
        speaksFinnishAndSwedish("journal-tab", By.id("tab-customer-journal"), By.id("tab-panel"), "Kundjournal");
        browser.logout();
    }

    @Test
    @Order(16)
    void theCaseworkerBooksTheInitialInterviewBeforeItsDeadlineReadsTheAssessmentAndPrintsThePlan() throws Exception {
        Api.Reply c = caseworker.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode("170385", '-', 968)
                + "\", \"firstName\": \"Aapo\", \"lastName\": \"Ajanvaraaja\", \"municipalityCode\": \"285\", \"language\": \"fi\", "
                + "\"phone\": \"0401234968\", \"preferredChannel\": \"phone\"}");
        assertEquals(201, c.status(), c.body().toString());
        String id = c.body().path("id").asText();
        JsonNode period = caseworker.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + Day.today()
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}").body();
        LocalDate due = null;
        for (JsonNode step : caseworker.get("v1/customers/" + id + "/job-search-periods").body().get(0).path("timeline")) {
            if (step.path("step").asText().equals("initial-interview")) {
                due = LocalDate.parse(step.path("due").asText());
            }
        }
        browser.login("caseworker", "polku-demo");
        browser.open("#/customer/" + id);
        browser.click(By.id("tab-customer-appointments"));
        browser.await(By.cssSelector(".booking"));
        browser.settled();
        browser.assertAccessible("appointments-tab");
        browser.click(By.cssSelector(".booking button[type=submit]"));
        browser.await(By.cssSelector("fieldset.slots"));
        assertContains(browser.text(By.cssSelector("fieldset.slots legend")), "ennen määräaikaa");
        browser.settled();
        browser.assertAccessible("appointments-free-times");
        browser.screenshot("appointments-01-free-times");
        browser.click(By.cssSelector(".free-times button[type=submit]"));
        browser.awaitText(By.id("tab-panel"), "Varattu");
        JsonNode booked = caseworker.get("v1/appointments?customer=" + id + "&from=" + Day.today() + "&to=" + Day.today().plusDays(60)).body();
        assertEquals(1, booked.size(), booked.toString());
        assertEquals("initial-interview", booked.get(0).path("purpose").asText());
        LocalDate day = java.time.OffsetDateTime.parse(booked.get(0).path("start").asText()).atZoneSameInstant(Day.AREA).toLocalDate();
        assertTrue(!day.isAfter(due), "booked " + day + " by the deadline " + due);
        assertContains(browser.text(By.id("tab-panel")), "Alkuhaastattelu");
        browser.settled();
        browser.assertAccessible("appointments-booked");
        browser.screenshot("appointments-02-booked");

        // Another worker's attempt at the same time of the same caseworker is refused with the reason.
        Api lead = platform.login("lead");
        Api.Reply twice = lead.post("v1/appointments", "{\"customerId\": \"" + guidanceCustomer + "\", \"worker\": \"caseworker\", \"start\": \""
                + booked.get(0).path("start").asText() + "\", \"minutes\": 30, \"channel\": \"phone\", \"purpose\": \"guidance\"}");
        assertEquals(409, twice.status(), twice.body().toString());
        speaksFinnishAndSwedish("appointments-tab", By.id("tab-customer-appointments"), By.id("tab-panel"), "Tidsbokningar");

        // The interview is held: the next reader sees its assessment in the journal, and the plan prints.
        assertEquals(201, caseworker.post("v1/job-search-periods/" + period.path("id").asText() + "/interviews", "{\"kind\": \"initial\", "
                + "\"heldOn\": \"" + Day.today() + "\", \"mode\": \"face-to-face\", \"prerequisites\": \"Valmis kokoaikatyöhön heti\", "
                + "\"serviceNeed\": \"Työnhaun tuki\", \"plan\": {\"applicationsPerMonth\": 5, \"agreedServices\": \"Työnhakuvalmennus\", "
                + "\"contactMethod\": \"phone\"}}").status());
        browser.open("#/worklist"); // the customer's page is drawn anew, with the plan the interview made
        browser.open("#/customer/" + id);
        browser.click(By.id("tab-customer-journal"));
        browser.awaitText(By.cssSelector("ol.journal"), "Valmis kokoaikatyöhön heti");
        assertContains(browser.text(By.cssSelector("ol.journal")), "Tapaaminen: Alkuhaastattelu");
        browser.click(By.id("tab-customer-plan"));
        browser.await(By.id("print-plan"));
        browser.settled();
        browser.assertAccessible("plan-tab");
        String href = browser.attribute(By.id("print-plan"), "href");
        java.net.http.HttpResponse<byte[]> pdf = caseworker.bytes(href.substring(href.indexOf("/api/") + 5));
        assertEquals(200, pdf.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Työllistymissuunnitelma") && text.contains("Aapo Ajanvaraaja") && text.contains("Työnhakuvalmennus"), text);
        }
        browser.open("#/worklist");
        browser.open("#/customer/" + id);
        browser.click(By.id("tab-customer-plan"));
        browser.awaitText(By.cssSelector(".documents"), "Tulostettu");
        speaksFinnishAndSwedish("plan-tab", By.id("tab-customer-plan"), By.id("tab-panel"), "Dokument");
        browser.logout();
    }

    @Test
    @Order(17)
    void theCalendarAndTheLobbySpeakFinnishAndSwedish() {
        browser.login("caseworker", "polku-demo");
        browser.click(By.cssSelector("#nav a[data-contribution=calendar]"));
        browser.await(By.id("calendar-week"));
        browser.settled();
        browser.assertAccessible("calendar");
        browser.screenshot("calendar-01-week");
        speaksFinnishAndSwedish("calendar", By.tagName("main"), "Min kalender");
        browser.click(By.cssSelector("#nav a[data-contribution=lobby]"));
        browser.await(By.id("lobby-state"));
        browser.settled();
        browser.assertAccessible("lobby");
        browser.screenshot("lobby-01-queue");
        speaksFinnishAndSwedish("lobby", By.tagName("main"), "Lobbyservice");
        browser.logout();
    }
}
