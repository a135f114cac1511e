package fi.polku.itests;

import static fi.polku.itests.Browser.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The console in a real headless Chromium against the assembled distribution ({@code bin/polku
 * --demo}) on its embedded PostgreSQL: each role's pages, a caseworker's morning, the language
 * switch, a contribution coming and going with its bundle, and axe-core on every page. Where
 * Chromium is not installed the tests are skipped (reported as such), never passed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private DemoPlatform platform;
    private Browser browser;
    private Api admin;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "no Chromium here: install the Debian packages chromium and chromium-driver");
        platform = new DemoPlatform("browser");
        admin = platform.login("admin");
        browser = new Browser(platform.port, platform.data.resolve("chromium"));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
            System.out.println("axe-core clean pages (" + browser.checkedPages.size() + "): " + browser.checkedPages);
            System.out.println("Finnish and Swedish pages without English or raw codes (" + browser.spokenPages.size() + "): "
                    + browser.spokenPages);
        }
        if (platform != null) {
            platform.close();
        }
    }

    /** A failing step leaves a picture of the page behind it. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher failures = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @Test
    @Order(1)
    void loginPageIsAccessibleInEveryLanguage() {
        browser.open("");
        browser.await(By.id("login-form"));
        assertEquals("fi", browser.script("return document.documentElement.lang"));
        browser.assertAccessible("login-fi");
        browser.screenshot("01-login");
        browser.language("sv");
        browser.awaitText(By.cssSelector("#login-form label"), "Användarnamn");
        browser.assertAccessible("login-sv");
        browser.language("en");
        browser.awaitText(By.cssSelector("#login-form label"), "Username");
        browser.assertAccessible("login-en");
        browser.language("fi");
        browser.awaitText(By.cssSelector("#login-form label"), "Käyttäjätunnus");

        // Keyboard: the first Tab reaches the skip link, which leads to the main content.
        // Start sequential focus navigation from the top of the document, as on arriving at the page.
        browser.script("document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex');");
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertEquals("skip-link", browser.script("return document.activeElement.id"));
        browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals("main", browser.script("return document.activeElement.id"));

        browser.type("username", "caseworker");
        browser.type("password", "wrong-password");
        browser.click(By.cssSelector("#login-form button[type=submit]"));
        browser.awaitText(By.cssSelector("#login-form .form-summary"), "Käyttäjätunnus tai salasana on väärin");
        assertEquals("caseworker", browser.field("username").getAttribute("value"), "what was typed stays");
    }

    private static final String LAST = "Selainkoe";
    private static final String FIRST = "Aino";
    private String customerUrl;

    @Test
    @Order(2)
    void caseworkersMorning() throws Exception {
        browser.login("caseworker", "polku-demo");
        browser.awaitText(By.cssSelector("main h1"), "Työlistani");
        assertContains(browser.text(By.id("header")), "Alkupalvelut");
        browser.assertAccessible("worklist");
        browser.screenshot("02-worklist");

        browser.open("#/unit-queue");
        browser.awaitText(By.cssSelector("main h1"), "Yksikön jono");
        browser.assertAccessible("unit-queue");
        browser.screenshot("03-unit-queue");

        // Registration: the server's messages appear beside their fields, and what was typed stays.
        browser.open("#/register");
        browser.await(By.id("register-form"));
        browser.type("identityCode", "010190-123X");
        browser.type("firstName", FIRST);
        browser.select("municipalityCode", "285");
        browser.click(By.cssSelector("#register-form button[type=submit]"));
        browser.await(By.cssSelector("[data-field=identityCode] .field-error"));
        browser.await(By.cssSelector("[data-field=lastName] .field-error"));
        assertEquals("true", browser.field("identityCode").getAttribute("aria-invalid"));
        assertEquals(FIRST, browser.field("firstName").getAttribute("value"), "nothing typed is lost");
        browser.assertAccessible("register-with-errors");
        browser.screenshot("04-register-errors");
        String code = Api.syntheticIdentityCode("150388", '-', 957);
        browser.type("identityCode", code);
        browser.type("lastName", LAST);
        browser.type("phone", "040 123 4567");
        browser.select("preferredChannel", "phone");
        browser.click(By.cssSelector("#register-form button[type=submit]"));
        browser.awaitText(By.cssSelector("main h1"), LAST + ", " + FIRST);
        customerUrl = browser.driver.getCurrentUrl();

        // The identity code is masked until asked for; asking is audited (checked in the admin test).
        assertEquals(code.substring(0, 7) + "****", browser.text(By.id("identity-code")));
        browser.click(By.id("reveal-identity-code"));
        browser.awaitText(By.id("identity-code"), code);
        browser.assertAccessible("customer");
        browser.screenshot("05-customer");

        // Start the job search: the rule set's steps appear on the timeline.
        browser.click(By.cssSelector("button[data-contribution=start-job-search]"));
        browser.click(By.cssSelector("#action-panel button[type=submit]"));
        browser.awaitGone(By.cssSelector("button[data-contribution=start-job-search]"));
        browser.click(By.id("tab-customer-job-search"));
        browser.awaitText(By.id("timeline"), "Alkuhaastattelu");
        browser.assertAccessible("customer-job-search");
        browser.click(By.cssSelector("#timeline li[data-step=initial-interview] button[data-task]"));
        browser.awaitText(By.cssSelector("#timeline li[data-step=initial-interview]"), "Aino Virtanen"); // by name, not by username

        // The task is on my worklist now.
        browser.open("#/worklist");
        browser.awaitText(By.cssSelector("main table"), LAST + ", " + FIRST);

        // The initial interview with its assessment and plan; a double click saves once.
        browser.driver.get(customerUrl);
        browser.click(By.cssSelector("button[data-contribution=record-interview]"));
        browser.await(By.id("interview-form"));
        browser.type("prerequisites", "Ammattitaito ajan tasalla; ajokortti.");
        browser.type("serviceNeed", "Työnhakuvalmennus");
        browser.type("plan.agreedServices", "Työnhakuvalmennus keväällä; 4 hakemusta kuukaudessa.");
        browser.assertAccessible("interview-form");
        browser.screenshot("06-interview-form");
        browser.script("const b = document.querySelector('#interview-form button[type=submit]'); b.click(); b.click();");
        browser.awaitGone(By.id("interview-form"));
        browser.click(By.id("tab-customer-job-search"));
        browser.await(By.cssSelector("#timeline li.done[data-step=initial-interview]"));
        assertEquals(1, browser.driver.findElements(By.xpath("//table[caption='Haastattelut']/tbody/tr")).size(),
                "one interview, though the button was clicked twice");
        browser.screenshot("07-timeline");
        browser.click(By.id("tab-customer-plan"));
        browser.awaitText(By.id("current-plan"), "4 hakemusta kuukaudessa");
        browser.assertAccessible("customer-plan");
        browser.screenshot("08-plan");

        // A supplementary interview that revises the plan: version 2, the first kept in the history.
        browser.click(By.cssSelector("button[data-contribution=record-interview]"));
        browser.await(By.id("interview-form"));
        assertEquals("supplementary", browser.field("kind").getAttribute("value"), "after the initial interview, a supplementary one");
        browser.type("serviceNeed", "Työnhaun tuki jatkuu");
        // A second initial interview is refused in the user's language, and what was typed stays.
        browser.select("kind", "initial");
        browser.type("prerequisites", "Ei muutoksia");
        browser.click(By.cssSelector("#interview-form button[type=submit]"));
        browser.awaitText(By.cssSelector("#interview-form .form-summary"), "alkuhaastattelu on jo kirjattu");
        assertEquals("Työnhaun tuki jatkuu", browser.field("serviceNeed").getAttribute("value"));
        browser.select("kind", "supplementary");
        browser.type("plan.applicationsPerMonth", "6");
        browser.click(By.cssSelector("#interview-form button[type=submit]"));
        browser.awaitGone(By.id("interview-form"));
        browser.click(By.id("tab-customer-plan"));
        browser.awaitText(By.id("current-plan"), "6 hakemusta kuukaudessa");
        browser.awaitText(By.id("tab-panel"), "Suunnitelman historia");

        // Refer to coaching (Kotka: the area's own module); the partner sees it in its own test.
        browser.click(By.cssSelector("button[data-contribution=refer]"));
        browser.select("serviceType", "coaching");
        browser.type("purpose", "Työnhakuvalmennus, verkossa");
        browser.click(By.cssSelector("#action-panel button[type=submit]"));
        browser.awaitGone(By.cssSelector("#action-panel form"));
        browser.click(By.id("tab-customer-referrals"));
        browser.awaitText(By.id("tab-panel"), "Työnhakuvalmennus, verkossa");
        browser.assertAccessible("customer-referrals");
        // A place on a course, once the coaching module has heard of the referral (within seconds).
        Api caseworker = new Api(admin.port());
        caseworker.login("caseworker", "polku-demo");
        String referral = caseworker.get("v1/customers/" + customerUrl.substring(customerUrl.lastIndexOf('/') + 1) + "/referrals")
                .body().get(0).path("id").asText();
        for (int i = 0; i < 100 && caseworker.get("v1/coaching/courses/referrals?referral=" + referral).body().size() == 0; i++) {
            Thread.sleep(100);
        }
        browser.click(By.id("tab-coaching-courses"));
        browser.awaitText(By.id("tab-panel"), "Tarjolla olevat valmennukset");
        browser.await(By.cssSelector(".enrol-form"));
        browser.assertAccessible("customer-coaching-tab");
        browser.click(By.cssSelector(".enrol-form button[type=submit]"));
        browser.awaitText(By.id("coaching-referrals"), "paikka varattu");
        browser.screenshot("08b-coaching-place");

        // Keyboard: the tabs follow the arrow keys.
        browser.driver.findElement(By.id("tab-coaching-courses")).sendKeys(org.openqa.selenium.Keys.ARROW_LEFT);
        browser.awaitText(By.cssSelector("[role=tab][aria-selected=true]"), "Ohjaukset palveluihin");
        assertEquals("tab-customer-referrals", browser.script("return document.activeElement.id"));

        // Transfer to the multisectoral unit with the service need as the reason.
        browser.click(By.cssSelector("button[data-contribution=transfer]"));
        browser.select("unit", "multisectoral");
        browser.type("reason", "Työ- ja toimintakyvyn rajoitteet; monialainen palvelutarve");
        browser.click(By.cssSelector("#action-panel button[type=submit]"));
        browser.awaitText(By.cssSelector("main dl.facts"), "Monialaiset palvelut");

        // The task has left my worklist.
        browser.open("#/worklist");
        browser.await(By.id("worklist-summary"));
        browser.settled();
        assertFalse(browser.text(By.tagName("main")).contains(LAST + ", " + FIRST), "the held interview left the worklist");

        // Search: a too short query is told beside the field; the query never goes into the address.
        browser.open("#/customers");
        browser.type("q", "s");
        browser.click(By.cssSelector("main form button[type=submit]"));
        browser.await(By.cssSelector("[data-field=q] .field-error"));
        browser.type("q", LAST.toLowerCase());
        browser.click(By.cssSelector("main form button[type=submit]"));
        browser.awaitText(By.id("search-results"), LAST + ", " + FIRST);
        assertFalse(browser.driver.getCurrentUrl().contains(LAST.toLowerCase()), "no search text in the address");
        browser.assertAccessible("search");
        browser.screenshot("09-search");

        browser.open("#/dashboard");
        browser.await(By.cssSelector("[data-contribution=overdue-tasks] canvas"));
        browser.await(By.cssSelector("[data-contribution=initial-on-time] table"));
        browser.await(By.cssSelector("[data-contribution=approaching-liability] table"));
        browser.assertAccessible("dashboard");
        browser.screenshot("10-dashboard");

        // Swedish and English: the shell's and the pages' texts.
        browser.language("sv");
        browser.awaitText(By.id("nav"), "Min arbetslista");
        browser.awaitText(By.cssSelector("main h1"), "Lägesbild");
        browser.assertAccessible("dashboard-sv");
        browser.open("#/worklist");
        browser.awaitText(By.cssSelector("main h1"), "Min arbetslista");
        // The server's field messages come in the user's language.
        browser.open("#/register");
        browser.await(By.id("register-form"));
        browser.click(By.cssSelector("#register-form button[type=submit]"));
        browser.awaitText(By.cssSelector("[data-field=lastName] .field-error"), "Obligatorisk uppgift.");
        browser.assertAccessible("register-errors-sv");
        browser.open("#/worklist");
        browser.awaitText(By.cssSelector("main h1"), "Min arbetslista");
        browser.language("en");
        browser.awaitText(By.cssSelector("main h1"), "My worklist");
        assertContains(browser.text(By.id("header")), "Initial services");
        browser.assertAccessible("worklist-en");
        browser.language("fi");
        browser.awaitText(By.cssSelector("main h1"), "Työlistani");
        browser.logout();
    }

    @Test
    @Order(3)
    void unitLeadSeesTheDashboard() {
        browser.login("lead", "polku-demo");
        assertContains(browser.text(By.id("header")), "esihenkilö");
        browser.open("#/dashboard");
        browser.await(By.cssSelector("[data-contribution=initial-on-time] canvas"));
        browser.settled();
        browser.assertAccessible("dashboard-lead");
        browser.logout();
    }

    @Test
    @Order(4)
    void partnerSeesOnlyItsReferrals() {
        browser.login("partner", "polku-demo");
        browser.awaitText(By.cssSelector("main h1"), "Ohjatut asiakkaat");
        String page = browser.text(By.tagName("main"));
        assertContains(page, LAST + ", " + FIRST);
        assertFalse(page.contains("150388"), "a partner never sees the identity code");
        // The modules' pages for course providers, trial organisers and youth workers show only to those accounts.
        assertEquals(List.of("partner-referrals"), browser.driver.findElements(By.cssSelector("#nav a")).stream()
                .map(a -> a.getAttribute("data-contribution")).toList(), "a partner's console has its one page");
        browser.assertAccessible("partner-referrals");
        browser.screenshot("11-partner");
        // Declining needs a reason: said beside the note field, and nothing changes.
        browser.click(By.cssSelector("button[aria-label='Hylkää: " + LAST + ", " + FIRST + "']"));
        browser.await(By.cssSelector("main input[aria-invalid=true]"));
        assertContains(browser.text(By.cssSelector("main .field-error:not([hidden])")), "syy");
        browser.assertAccessible("partner-note-missing");
        browser.logout();
    }

    @Test
    @Order(5)
    void itAdminPages() {
        browser.login("admin", "polku-demo");
        browser.awaitText(By.cssSelector("main h1"), "Paketit ja moduulit");
        assertContains(browser.text(By.tagName("main")), "coaching-default");
        browser.assertAccessible("admin-bundles");
        browser.screenshot("12-admin-bundles");
        browser.open("#/admin-mappings");
        browser.awaitText(By.cssSelector("main table"), "Kotka");
        browser.assertAccessible("admin-mappings");
        browser.screenshot("13-admin-mappings");
        browser.open("#/admin-audit/events/customer.reveal-identity-code/caseworker");
        browser.awaitText(By.id("audit-results"), "Aino Virtanen");
        browser.assertAccessible("admin-audit");
        browser.screenshot("14-admin-audit");
        browser.logout();
    }

    /** A partner's bundle brings its own tab; it shows where mapped, and goes when the bundle stops. */
    @Test
    @Order(6)
    void contributionComesAndGoesWithItsBundle() throws Exception {
        Path jar = Path.of(System.getProperty("polku.examples", "target/examples"), "partner-coaching", "target", "partner-coaching-1.0.0.jar");
        Assumptions.assumeTrue(Files.exists(jar), "the partner example is built by the invoker plugin before the tests");
        Api.Reply installed = admin.postBytes("v1/admin/bundles?file=partner-coaching-1.0.0.jar", Files.readAllBytes(jar));
        assertEquals(201, installed.status(), installed.body().toString());
        long id = installed.body().path("id").asLong();
        try {
            assertEquals(200, admin.put("v1/admin/municipalities/285/modules/coaching", "{\"moduleId\": \"kotka-coaching-partner\"}").status());
            browser.login("caseworker", "polku-demo");
            awaitTabs(true, false);
            browser.screenshot("15-partner-tab");
            browser.click(By.id("tab-partner-coaching-courses"));
            browser.awaitText(By.id("tab-panel"), "Esimerkki Valmennus Oy");
            browser.assertAccessible("partner-tab");

            assertEquals(200, admin.post("v1/admin/bundles/" + id + "/stop", "").status());
            awaitTabs(false, false);

            assertEquals(200, admin.post("v1/admin/bundles/" + id + "/start", "").status());
            awaitTabs(true, false);
        } finally {
            admin.put("v1/admin/municipalities/285/modules/coaching", "{\"moduleId\": \"coaching-default\"}");
            admin.delete("v1/admin/bundles/" + id);
        }
        awaitTabs(false, true);

        // The distribution's own coaching module stopped by the IT admin: its tab goes, and comes back.
        long coaching = -1;
        for (var b : admin.get("v1/admin/bundles").body()) {
            if (b.path("symbolicName").asText().equals("fi.polku.coaching")) {
                coaching = b.path("id").asLong();
            }
        }
        assertEquals("module", admin.post("v1/admin/bundles/" + coaching + "/stop", "").body().path("kind").asText());
        try {
            awaitTabs(false, false);
        } finally {
            assertEquals(200, admin.post("v1/admin/bundles/" + coaching + "/start", "").status());
        }
        awaitTabs(false, true);
        browser.logout();
    }

    /** Reloads the customer's page until the partner's and the default coaching tab are shown as expected. */
    /**
     * Every page of the console, for each role, in Finnish and in Swedish: no English word and no
     * raw code (a state, a kind, a module id, an audit action) on any of them.
     */
    @Test
    @Order(7)
    void everyPageSpeaksFinnishAndSwedish() throws Exception {
        List<String> found = new java.util.ArrayList<>();
        for (String lang : List.of("fi", "sv")) {
            for (String user : List.of("caseworker", "lead", "admin", "partner")) {
                browser.login(user, "polku-demo");
                if (lang.equals("sv")) {
                    browser.language("sv");
                }
                List<String> pages = browser.driver.findElements(By.cssSelector("#nav a")).stream()
                        .map(a -> a.getAttribute("href")).toList();
                for (String href : pages) {
                    browser.driver.get(href);
                    browser.await(By.cssSelector("main h1"));
                    found.addAll(browser.englishOn(user + " " + href.substring(href.indexOf('#'))));
                }
                if (user.equals("caseworker") || user.equals("lead")) {
                    browser.driver.get(customerUrl);
                    browser.await(By.cssSelector("[role=tab]"));
                    List<String> tabs = browser.driver.findElements(By.cssSelector("[role=tab]")).stream().map(t -> t.getAttribute("id")).toList();
                    for (String tab : tabs) {
                        browser.click(By.id(tab));
                        browser.await(By.id("tab-panel"));
                        found.addAll(browser.englishOn(user + " customer " + tab));
                    }
                }
                browser.logout();
            }
        }
        assertEquals(List.of(), found, "English or raw codes on Finnish or Swedish pages");
        // A walk that saw nothing would prove nothing: 4 roles' pages and 2 customers' tabs, in two languages.
        assertTrue(browser.spokenPages.size() >= 30, "pages checked: " + browser.spokenPages);
    }

    private void awaitTabs(boolean partner, boolean coachingDefault) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (true) {
            browser.driver.get(customerUrl);
            browser.driver.navigate().refresh();
            browser.await(By.id("tab-customer-details"));
            boolean p = !browser.driver.findElements(By.id("tab-partner-coaching-courses")).isEmpty();
            boolean d = !browser.driver.findElements(By.id("tab-coaching-courses")).isEmpty();
            if (p == partner && d == coachingDefault) {
                return;
            }
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("partner tab shown " + p + " (expected " + partner + "), coaching-default tab shown " + d
                        + " (expected " + coachingDefault + ")");
            }
            Thread.sleep(500);
        }
    }
}
