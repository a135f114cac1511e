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
        String referral = caseworker.get("v1/customers/" + customerUrl.replaceAll(".*#/customer/([^/]+).*", "$1") + "/referrals")
                .body().get(0).path("id").asText();
        org.awaitility.Awaitility.await("the coaching module heard of the referral").atMost(java.time.Duration.ofSeconds(60))
                .until(() -> caseworker.get("v1/coaching/courses/referrals?referral=" + referral).body().size() > 0);
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

        // A neglect: recorded with its consequence by today's rules, heard, decided, its statement printable.
        browser.click(By.cssSelector("button[data-contribution=record-neglect]"));
        browser.await(By.id("neglect-form"));
        browser.select("kind", "job-applications");
        browser.type("description", "Hakemuksia 1, sovittu 4.");
        browser.click(By.cssSelector("#neglect-form button[type=submit]"));
        browser.awaitGone(By.id("neglect-form"));
        browser.click(By.id("tab-customer-neglects"));
        browser.awaitText(By.id("neglects"), "Kuultavana");
        assertContains(browser.text(By.id("neglects")), "7 kalenteripäivää ilman työttömyysetuutta");
        browser.assertAccessible("customer-neglects");
        browser.type("explanation", "Sairastuin kuun puolivälissä.");
        browser.click(By.cssSelector(".neglect-explanation button[type=submit]"));
        browser.await(By.cssSelector(".neglect-decision"));
        browser.select("validReason", "true");
        browser.type("reasoning", "Sairaus on hyväksyttävä syy; todistus nähty.");
        browser.click(By.cssSelector(".neglect-decision button[type=submit]"));
        browser.await(By.cssSelector("a[data-statement]"));
        assertContains(browser.text(By.id("neglects")), "Hyväksyttävä syy");
        browser.assertAccessible("customer-neglect-decided");
        browser.screenshot("08c-neglect");

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
    void itAdminPages() throws Exception {
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
        // A new caseworker's account: a short password is refused beside its field, then the account is in the list.
        browser.open("#/admin-accounts");
        browser.awaitText(By.cssSelector("main table"), "Aino Virtanen");
        browser.type("username", "selma.selain");
        browser.type("displayName", "Selma Selain");
        browser.select("unit", "guidance");
        browser.select("servicePoint", "kotka-office");
        browser.type("password", "lyhyt");
        browser.click(By.cssSelector("form.account-form button[type=submit]"));
        browser.awaitText(By.cssSelector("main [data-field=password] .field-error"), "15");
        browser.assertAccessible("admin-accounts-error");
        browser.type("password", "kuusi kuuta kultaista kotona");
        browser.click(By.cssSelector("form.account-form button[type=submit]"));
        browser.awaitText(By.cssSelector("main table"), "Selma Selain");
        browser.assertAccessible("admin-accounts");
        browser.screenshot("14b-admin-accounts");
        // An import of job seekers: the progress bar to the end, then the rejected row with its line and reason.
        Path file = Files.createTempFile("tuonti", ".csv");
        Files.writeString(file, "henkilotunnus;etunimet;sukunimi;kotikunta;asiointikieli\n"
                + Api.syntheticIdentityCode("191163", '-', 941) + ";Selma;Siirretty;285;fi\n"
                + Api.syntheticIdentityCode("191163", '-', 942) + ";Sulo;Siirretty;075;fi\n"
                + Api.syntheticIdentityCode("191163", '-', 943) + ";Saku;Siirretty;999;fi\n");
        browser.open("#/admin-imports");
        browser.await(By.id("import-file")).sendKeys(file.toString());
        browser.click(By.cssSelector("#import-form button[type=submit]"));
        browser.awaitText(By.id("import-state"), "Valmis");
        assertEquals("3", browser.await(By.id("import-progress")).getAttribute("value"));
        browser.awaitText(By.cssSelector("#import-current table"), "kotikunta");
        assertContains(browser.text(By.id("import-counts")), "2 tuotu");
        browser.assertAccessible("admin-imports");
        browser.screenshot("14c-admin-imports");
        // A candidate rule set installed as a draft: its workload beside the rules in force, chart and table, in Finnish and Swedish.
        Path draft = Path.of(System.getProperty("polku.examples", "target/examples"), "draft-rules", "target", "draft-rules-1.0.0.jar");
        Api.Reply installed = admin.postBytes("v1/admin/bundles?file=draft-rules-1.0.0.jar", Files.readAllBytes(draft));
        assertEquals(201, installed.status(), installed.body().toString());
        try {
            browser.open("#/admin-whatif/draft-2027");
            browser.awaitText(By.id("whatif-summary"), "tuntia");
            browser.await(By.cssSelector("#whatif-result canvas"));
            browser.awaitText(By.cssSelector("#whatif-result table"), "Luonnos");
            browser.assertAccessible("admin-whatif");
            browser.assertSpeaksItsLanguage("admin-whatif");
            browser.screenshot("14d-admin-whatif");
            browser.language("sv");
            browser.awaitText(By.id("whatif-summary"), "timmar");
            browser.assertSpeaksItsLanguage("admin-whatif");
            browser.language("fi");
        } finally {
            assertEquals(204, admin.delete("v1/admin/bundles/" + installed.body().path("id").asLong()).status());
        }
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
        // One login per user: the walk in Finnish, then the same pages in Swedish.
        for (String user : List.of("caseworker", "lead", "admin", "partner")) {
            browser.login(user, "polku-demo");
            for (String lang : List.of("fi", "sv")) {
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
                    // Every tab as a caseworker; as a lead, the page with what only a lead sees (the responsible worker's chooser in the banner).
                    List<String> tabs = browser.driver.findElements(By.cssSelector("[role=tab]")).stream().map(t -> t.getAttribute("id"))
                            .limit(user.equals("lead") ? 1 : Long.MAX_VALUE).toList();
                    for (String tab : tabs) {
                        browser.click(By.id(tab));
                        browser.await(By.id("tab-panel"));
                        found.addAll(browser.englishOn(user + " customer " + tab));
                    }
                }
            }
            browser.language("fi");
            browser.logout();
        }
        assertEquals(List.of(), found, "English or raw codes on Finnish or Swedish pages");
        // A walk that saw nothing would prove nothing: 4 roles' pages and 2 customers' tabs, in two languages.
        assertTrue(browser.spokenPages.size() >= 30, "pages checked: " + browser.spokenPages);
    }

    /**
     * A caseworker's day with lists that never cut silently (a page of the unit queue with its
     * total, the next page, a column's order, a filter remembered), search that tells people
     * apart, the customer's banner on every tab and the tab in the address, contact details
     * changed with their versions, the Finnish date format, a draft kept over a reload, and a job
     * search ended with a reason after a confirmation that says what it does.
     */
    @Test
    @Order(8)
    void aCaseworkersDayWithListsSearchBannerDraftsAndConfirmations() throws Exception {
        browser.login("caseworker", "polku-demo");
        browser.open("#/unit-queue/initial");
        browser.awaitText(By.id("list-status-queue"), "Näytetään 1–100 / ");
        int total = Integer.parseInt(browser.text(By.id("list-status-queue")).replaceAll(".*/\\s*", "").trim());
        assertTrue(total > 100, "the initial services' queue is longer than a page: " + total);
        assertEquals(100, browser.driver.findElements(By.cssSelector("[data-list=queue] tbody tr")).size());
        browser.assertAccessible("unit-queue-paged");
        // The whole queue (every page, as the columns show it) into a spreadsheet file.
        browser.click(By.cssSelector("[data-list=queue] [data-export=polku-queue-xlsx]"));
        browser.await(By.cssSelector("[data-list=queue] [data-export=polku-queue-xlsx]:not([disabled])"));
        assertEquals(0, browser.driver.findElements(By.cssSelector("[data-list=queue] .export .notice-error")).size(),
                browser.text(By.cssSelector("[data-list=queue] .export")));
        browser.click(By.cssSelector("[data-list=queue] button[data-page=next]"));
        browser.awaitText(By.id("list-status-queue"), "Näytetään 101–" + Math.min(200, total) + " / " + total);
        browser.click(By.cssSelector("[data-list=queue] button[data-sort=customer]"));
        browser.await(By.cssSelector("[data-list=queue] th[aria-sort=ascending] button[data-sort=customer]"));
        List<String> names = browser.texts(By.cssSelector("[data-list=queue] tbody tr td:nth-child(3)"));
        List<String> sorted = new java.util.ArrayList<>(names);
        sorted.sort(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("fi")));
        assertEquals(sorted.get(0).split(",")[0], names.get(0).split(",")[0], "ordered by the customer's name");
        // A filter, remembered over a reload: only overdue tasks.
        browser.select("overdue", "true");
        browser.click(By.cssSelector("[data-list=queue] .list-filters button[type=submit]"));
        browser.await(By.cssSelector("[data-list=queue] tbody tr.overdue"));
        browser.driver.navigate().refresh();
        browser.await(By.cssSelector("[data-list=queue] tbody tr"));
        browser.settled();
        assertEquals("true", browser.field("overdue").getAttribute("value"), "the filter is remembered");
        assertEquals(0, browser.driver.findElements(By.cssSelector("[data-list=queue] tbody tr:not(.overdue)")).size(),
                "only overdue tasks with the filter on");
        browser.select("overdue", "");
        browser.click(By.cssSelector("[data-list=queue] .list-filters button[type=submit]"));
        browser.awaitText(By.id("list-status-queue"), "/ " + total);

        // Search: a name in the order people say it, a birth date; the results tell people apart; recently opened first.
        browser.open("#/customers");
        browser.awaitText(By.id("search-results"), LAST + ", " + FIRST); // opened this morning (step 2)
        assertEquals("Asiakashaku – Polku", browser.driver.getTitle(), "each page its own title");
        assertEquals(200L, ((Number) browser.driver.executeAsyncScript("const done = arguments[0];"
                + "fetch(document.querySelector('link[rel=icon]').href).then(r => done(r.status))")).longValue(), "the favicon is served");
        browser.type("q", FIRST + " " + LAST);
        browser.click(By.cssSelector("main form[role=search] button[type=submit]"));
        browser.awaitText(By.cssSelector("#search-results tbody"), "1988");
        browser.type("q", "15.3.1988");
        browser.click(By.cssSelector("main form[role=search] button[type=submit]"));
        browser.awaitText(By.cssSelector("#search-results tbody"), LAST + ", " + FIRST);
        browser.assertAccessible("search-by-birth-date");

        // The banner on every tab; the tab in the address survives a reload.
        browser.driver.get(customerUrl);
        browser.awaitText(By.id("customer-banner"), "Vastuuvirkailija");
        assertContains(browser.text(By.id("banner-age")), " v");
        browser.click(By.id("tab-customer-job-search"));
        browser.awaitText(By.id("timeline"), "Alkuhaastattelu");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/customer-job-search"), browser.driver.getCurrentUrl());
        browser.driver.navigate().refresh();
        browser.await(By.cssSelector("#tab-customer-job-search[aria-selected=true]"));
        browser.await(By.id("customer-banner"));

        // Contact details changed with a reason; the version before is kept.
        browser.click(By.id("tab-customer-details"));
        browser.click(By.id("edit-contact"));
        browser.type("phone", "040 765 4321");
        browser.type("reason", "Asiakas ilmoitti puhelimessa");
        browser.click(By.cssSelector("#contact-form button[type=submit]"));
        browser.awaitText(By.cssSelector("#toast .notice-success"), "Yhteystiedot tallennettiin");
        browser.click(By.id("tab-customer-details"));
        browser.click(By.id("show-contact-history"));
        browser.awaitText(By.id("contact-history"), "040 765 4321");
        assertEquals(2, browser.driver.findElements(By.cssSelector("#contact-history tbody tr")).size(), "two versions");
        browser.assertAccessible("contact-history");

        // A date field in the Finnish way; a half-written interview survives a reload as a draft.
        browser.click(By.cssSelector("button[data-contribution=record-interview]"));
        String held = browser.field("heldOn").getAttribute("value");
        assertTrue(held.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}"), "d.M.yyyy: " + held);
        browser.type("notes", "Keskustelu kesken: jatketaan");
        browser.awaitDraftHolding("Keskustelu kesken: jatketaan");
        browser.driver.navigate().refresh();
        browser.click(By.cssSelector("button[data-contribution=record-interview]"));
        browser.await(By.cssSelector("#interview-form [data-draft=discard]"));
        assertEquals("Keskustelu kesken: jatketaan", browser.field("notes").getAttribute("value"), "the draft came back");
        browser.assertAccessible("interview-draft");
        browser.click(By.cssSelector("#interview-form [data-draft=discard]"));
        assertEquals("", browser.field("notes").getAttribute("value"));

        // Ending a job search: a reason from the list, a confirmation that names the steps it cancels.
        Api cw = platform.login("caseworker");
        String code = Api.syntheticIdentityCode("020795", '-', 961);
        String id = cw.post("v1/customers", Api.customerJson(code, "Eero", "Lopettaja")).body().path("id").asText();
        assertEquals(201, cw.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + Day.today().minusDays(3)
                + "\", \"status\": \"unemployed\"}").status());
        browser.open("#/worklist");
        browser.open("#/customer/" + id);
        browser.click(By.cssSelector("button[data-contribution=end-job-search]"));
        browser.select("reason", "employed");
        browser.click(By.cssSelector("#end-job-search-form button[type=submit]"));
        browser.awaitText(By.cssSelector("dialog[open]"), "Alkuhaastattelu");
        browser.assertAccessible("end-job-search-confirm");
        browser.click(By.id("confirm-yes"));
        browser.awaitText(By.cssSelector("#toast .notice-success"), "Työnhaku päätettiin");
        browser.click(By.id("tab-customer-job-search"));
        browser.awaitText(By.id("tab-panel"), "Työllistynyt avoimille työmarkkinoille");
        browser.logout();
    }

    /**
     * The unit lead: the team's workload, a task from the queue given to a named caseworker, that
     * caseworker's list behind the figure, a responsible caseworker named in the customer's
     * banner, and a dashboard figure opened to the tasks behind it.
     */
    @Test
    @Order(9)
    void aUnitLeadGivesWorkAndSeesTheTeam() {
        browser.login("lead", "polku-demo");
        browser.open("#/team");
        browser.awaitText(By.cssSelector("main table"), "Tuula Korhonen");
        browser.assertAccessible("team");
        browser.open("#/unit-queue/guidance");
        browser.await(By.cssSelector("[data-list=queue] select[data-assign]"));
        String customer = browser.text(By.cssSelector("[data-list=queue] tbody tr td:nth-child(3)"));
        new org.openqa.selenium.support.ui.Select(browser.await(By.cssSelector("[data-list=queue] select[data-assign]"))).selectByValue("korhonen");
        browser.click(By.cssSelector("[data-list=queue] button[data-give]"));
        browser.awaitText(By.cssSelector("#toast .notice-success"), "Tuula Korhonen");
        browser.open("#/worklist");
        browser.open("#/team/guidance");
        browser.click(By.xpath("//main//tr[td[1][normalize-space()='Tuula Korhonen']]//a"));
        browser.awaitText(By.cssSelector("main h1"), "Työlista: Tuula Korhonen");
        browser.awaitText(By.cssSelector("main tbody"), customer);
        browser.assertAccessible("team-member-worklist");

        browser.driver.get(customerUrl);
        // A subsidy application from the customer's page: the customer is given, not typed.
        browser.click(By.cssSelector("button[data-contribution=subsidy-application]"));
        browser.awaitText(By.id("subsidy-customer"), LAST + ", " + FIRST);
        assertTrue(browser.driver.findElements(By.cssSelector("#action-panel input[name=customerId][type=hidden]")).size() == 1);
        browser.await(By.id("responsible-worker"));
        new org.openqa.selenium.support.ui.Select(browser.await(By.id("responsible-worker"))).selectByValue("korhonen");
        browser.click(By.id("set-responsible-worker"));
        browser.awaitText(By.id("banner-responsible"), "Tuula Korhonen");

        browser.open("#/dashboard");
        browser.await(By.id("dashboard-period"));
        browser.click(By.cssSelector("[data-contribution=overdue-tasks] a[data-figure]"));
        browser.await(By.cssSelector("main [data-list=drilldown-tasks] tbody tr"));
        assertContains(browser.text(By.cssSelector("main h1")), "tehtävät");
        browser.assertAccessible("dashboard-drilldown");
        browser.logout();
    }

    /**
     * No lost work: a warning before the idle limit that lets the user go on, and a session that
     * ended under a half-written note: the user logs in again in a dialog, the page stays, and
     * the note is saved.
     */
    @Test
    @Order(10)
    void aSessionThatEndsLosesNothing() {
        browser.login("caseworker", "polku-demo");
        browser.driver.get(customerUrl);
        browser.await(By.id("customer-banner"));
        // The clock moves 28 minutes on: two minutes before the idle limit of 30.
        browser.script("window.realNow = Date.now; Date.now = () => window.realNow() + 28 * 60 * 1000;");
        browser.await(By.id("idle-dialog"));
        browser.assertAccessible("idle-warning");
        browser.click(By.id("idle-continue"));
        browser.awaitGone(By.id("idle-dialog"));
        browser.script("Date.now = window.realNow;");

        browser.click(By.id("tab-customer-journal"));
        browser.type("text", "Soitto: asiakas aloittaa työt maanantaina");
        // The session ends (as after a long lunch): the next save meets a 401.
        browser.driver.manage().deleteCookieNamed("POLKU_SESSION");
        browser.click(By.cssSelector("form.journal-note button[type=submit]"));
        browser.await(By.id("reauth-dialog"));
        assertEquals("caseworker", browser.await(By.cssSelector("#reauth-form input[name=username]")).getAttribute("value"));
        browser.assertAccessible("reauth-dialog");
        browser.await(By.cssSelector("#reauth-form input[name=password]")).sendKeys("polku-demo");
        browser.click(By.cssSelector("#reauth-form button[type=submit]"));
        browser.awaitGone(By.id("reauth-dialog"));
        browser.awaitText(By.id("tab-panel"), "Soitto: asiakas aloittaa työt maanantaina");
        browser.logout();
    }

    /**
     * Small screens (WCAG 1.4.10): at 320 × 640 no page scrolls sideways, the navigation is
     * behind a menu button and tables scroll in their own box; at 1440 × 900 as on a desktop;
     * axe-core at both sizes.
     */
    @Test
    @Order(11)
    void everyPageReflowsAt320AndFitsAt1440() {
        List<String> wide = new java.util.ArrayList<>();
        try {
            for (String user : List.of("lead", "admin")) {
                browser.login(user, "polku-demo");
                List<String> pages = new java.util.ArrayList<>(browser.driver.findElements(By.cssSelector("#nav a")).stream()
                        .map(a -> a.getAttribute("href")).toList());
                if (user.equals("lead")) {
                    pages.add(customerUrl);
                }
                for (int[] size : new int[][] {{320, 640}, {1440, 900}}) {
                    browser.viewport(size[0], size[1]);
                    for (String href : pages) {
                        browser.driver.get(href);
                        browser.await(By.cssSelector("main h1"));
                        browser.settled();
                        String name = user + " " + href.substring(href.indexOf('#')) + " " + size[0];
                        if (browser.scrollsSideways()) {
                            browser.screenshot("sideways-" + name.replaceAll("[^A-Za-z0-9-]+", "_"));
                            wide.add(name);
                        }
                        browser.assertAccessible(name);
                    }
                    if (size[0] == 320) {
                        assertFalse(browser.await(By.id("menu-button")).getAttribute("aria-expanded").equals("true"));
                        assertFalse(browser.driver.findElement(By.id("nav")).isDisplayed(), "the navigation is behind the menu");
                        browser.click(By.id("menu-button"));
                        browser.await(By.cssSelector("#nav a"));
                        browser.screenshot("320-menu-" + user);
                    }
                }
                browser.logout();
            }
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
        assertEquals(List.of(), wide, "pages that scroll sideways");
    }

    /**
     * The IT admin answers a data-subject request: the events of one person found by identity
     * code, actions by name, a CSV of them; and stopping a module asks first, saying which
     * municipalities it stops in.
     */
    @Test
    @Order(12)
    void theAuditLogAnswersADataSubjectRequestAndStoppingAModuleAsksFirst() {
        browser.login("admin", "polku-demo");
        browser.open("#/admin-audit");
        browser.type("identityCode", Api.syntheticIdentityCode("150388", '-', 957));
        browser.click(By.cssSelector("#audit-search button[type=submit]"));
        browser.awaitText(By.id("audit-results"), LAST + ", " + FIRST);
        assertContains(browser.text(By.id("audit-results")), "Asiakkaan tietojen avaaminen");
        browser.await(By.id("audit-csv"));
        browser.assertAccessible("audit-by-identity-code");
        assertFalse(browser.driver.getCurrentUrl().contains("150388"), "no identity code in the address");
        browser.open("#/admin-bundles");
        browser.click(By.cssSelector("button[aria-label='Pysäytä: fi.polku.coaching']"));
        browser.awaitText(By.cssSelector("dialog[open]"), "5 kunnassa");
        browser.assertAccessible("stop-module-confirm");
        browser.click(By.id("confirm-no"));
        browser.awaitGone(By.cssSelector("dialog[open]"));
        assertContains(browser.text(By.tagName("main")), "coaching-default");
        browser.logout();
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
