package fi.polku.itests;

import static fi.polku.itests.Browser.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.WebElement;

/**
 * The subsidies module's console in headless Chromium against {@code bin/polku --demo}: the
 * appropriation widget on the dashboard, the subsidies page (balances, the pending queue, a new
 * application with field errors), a unit lead's decisions including the overdraw refusal, the
 * caseworker's view without the decision form, and axe-core (WCAG 2.1 AA) on every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubsidiesBrowserTest {
    /** The demo's appropriations are for this year; a subsidy starting in two weeks still counts on it. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    private static final LocalDate START = TODAY.plusWeeks(2).getYear() == TODAY.getYear() ? TODAY.plusWeeks(2) : TODAY;

    private DemoPlatform platform;
    private Browser browser;
    private Api lead;
    private String created;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "no Chromium here: install the Debian packages chromium and chromium-driver");
        platform = new DemoPlatform("subsidies-browser");
        lead = platform.login("lead");
        // The modules' tier starts after the core answers health: wait until the module serves and contributes.
        lead.await("v1/subsidies/appropriations", 200, 120);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!lead.get("v1/console/contributions").body().toString().contains("subsidies-appropriations")) {
            assertTrue(System.nanoTime() < end, "the subsidies module contributes to the console");
            Thread.sleep(500);
        }
        browser = new Browser(platform.port, platform.data.resolve("chromium"));
        browser.login("lead", "polku-demo");
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

    /** Text as a reader sees it: Intl writes euros with no-break spaces. */
    private String text(By by) {
        return browser.text(by).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    @Order(1)
    void dashboardShowsTheAppropriationWidgetWithChartAndTable() {
        // The first page (the worklist) finishes first: the shell's router lets a slower earlier render overwrite a later one.
        browser.await(By.cssSelector("main h1"));
        browser.settled();
        browser.click(By.cssSelector("#nav a[data-contribution=dashboard]"));
        By widget = By.cssSelector("[data-contribution=subsidies-appropriations]");
        browser.awaitText(widget, "Määrärahojen käyttö");
        browser.await(By.cssSelector("[data-contribution=subsidies-appropriations] canvas[role=img]"));
        browser.await(By.cssSelector("[data-contribution=subsidies-appropriations] table caption"));
        browser.settled();
        String figures = text(By.cssSelector("[data-contribution=subsidies-appropriations] table"));
        assertContains(figures, "Palkkatuki");
        assertContains(figures, "1 788 000,00 €"); // the demo's one grant of 12 000 € is committed
        assertContains(figures, "Starttiraha");
        assertContains(figures, "260 000,00 €");
        assertEquals(List.of("Tuki tai korvaus", "Sidottu", "Jäljellä"),
                browser.texts(By.cssSelector("[data-contribution=subsidies-appropriations] th")));
        browser.assertAccessible("dashboard-with-subsidies");
        browser.script("document.querySelector('[data-contribution=subsidies-appropriations]').scrollIntoView()");
        browser.screenshot("subsidies-01-dashboard");
    }

    @Test
    @Order(2)
    void pageShowsBalancesAndTheQueueCompaniesFirst() {
        browser.click(By.cssSelector("#nav a[data-contribution=subsidies]"));
        browser.awaitText(By.cssSelector("h1"), "Tuet ja korvaukset");
        browser.await(By.cssSelector("#subsidy-balances table"));
        browser.settled();
        String balances = text(By.id("subsidy-balances"));
        assertContains(balances, "55 vuotta täyttäneiden työllistämistuki");
        assertContains(balances, "35 000,00 €");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#subsidy-queue tbody tr"));
        assertTrue(rows.size() >= 4, "the demo's pending applications are queued");
        assertContains(rows.get(0).getText(), "Kyllä");
        assertFalse(rows.get(rows.size() - 1).getText().contains("Kyllä"), "priority ones come first");
        assertEquals(List.of("h1", "h2", "h3", "h2", "h2"), headingLevels(),
                "one h1, then the sections' h2s (the unit lead's appropriation form is an h3 within the balances)");
        browser.assertAccessible("subsidies");
        browser.screenshot("subsidies-02-page");
    }

    private List<String> headingLevels() {
        @SuppressWarnings("unchecked")
        List<String> levels = (List<String>) browser.script("return [...document.querySelectorAll('main h1, main h2, main h3')]"
                + ".map(e => e.tagName.toLowerCase())");
        return levels;
    }

    @Test
    @Order(3)
    void newApplicationShowsFieldErrorsThenSaves() {
        browser.open("#/subsidies");
        browser.await(By.id("subsidy-application-form"));
        assertFalse(browser.driver.findElement(By.name("employerName")).isDisplayed(), "employer fields wait for a kind that asks them");

        // The customer is found by name and chosen; that fills the id.
        browser.type("q", "Virtanen");
        browser.click(By.cssSelector("#subsidy-customer-lookup button[type=submit]"));
        browser.click(By.cssSelector("#subsidy-customer-results button"));
        String customerId = browser.field("customerId").getAttribute("value");
        assertEquals(36, customerId.length(), "a customer id was filled in: " + customerId);

        browser.select("kind", "pay-subsidy");
        assertTrue(browser.driver.findElement(By.name("apprenticeship")).isDisplayed(), "pay subsidy asks about apprenticeship");
        assertFalse(browser.driver.findElement(By.name("birthDate")).isDisplayed(), "only the 55+ subsidy asks the birth date");
        assertFalse(browser.driver.findElement(By.name("fullTime")).isDisplayed(), "only the start-up grant asks about full-time");
        browser.type("employerBusinessId", "1234567-8"); // wrong control digit
        browser.type("employerName", "Kotkan Konepaja Oy");
        browser.select("employerKind", "company");
        assertFalse(browser.driver.findElement(By.name("weeklyHours")).isDisplayed(), "hours are the 55+ subsidy's");
        browser.select("ground", "general");
        assertFalse(browser.driver.findElement(By.name("workTimePercent")).isDisplayed(), "working time is the association ground's");
        browser.type("payCostCents", "2 600,00");
        browser.type("requestedCents", "7 500,00");
        browser.type("months", "6");
        browser.script("arguments[0].value = arguments[1]", browser.field("startDate"), START.toString());
        browser.click(By.cssSelector("#subsidy-application-form button[type=submit]"));
        browser.awaitText(By.cssSelector("[data-field=employerBusinessId] .field-error"), "Y-tunnuksen");
        assertEquals("true", browser.field("employerBusinessId").getAttribute("aria-invalid"));
        assertEquals("Kotkan Konepaja Oy", browser.field("employerName").getAttribute("value"), "what was typed stays");
        browser.assertAccessible("subsidies-application-errors");

        browser.type("requestedCents", "7 500,0x");
        browser.click(By.cssSelector("#subsidy-application-form button[type=submit]"));
        browser.awaitText(By.cssSelector("[data-field=requestedCents] .field-error"), "euroina");

        browser.type("employerBusinessId", "1572860-0");
        browser.type("requestedCents", "7 500,00");
        browser.click(By.cssSelector("#subsidy-application-form button[type=submit]"));
        browser.awaitText(By.cssSelector("h1"), "Palkkatuki – Kotkan Konepaja Oy");
        created = ((String) browser.script("return location.hash")).replace("#/subsidies/", "");
        JsonNode saved = lead.get("v1/subsidies/applications/" + created).body();
        assertEquals(750_000, saved.path("requestedCents").asLong(), "euros became cents");
        assertEquals(260_000, saved.path("payCostCents").asLong());
        assertEquals("general", saved.path("ground").asText());
        assertEquals(customerId, saved.path("customerId").asText());
        assertEquals("company", saved.path("employerKind").asText());
        browser.settled();
        assertContains(text(By.id("subsidy-balance")), "Jäljellä");
        assertContains(text(By.cssSelector("main")), "7 500,00 €");
        browser.await(By.id("subsidy-decision-form"));
        browser.assertAccessible("subsidies-application");
        browser.screenshot("subsidies-03-application");
    }

    @Test
    @Order(4)
    void leadDecidesAndSeesTheOverdrawRefusal() {
        // A unit lead sets the year's cost-compensation appropriation on the page; a typo is a field error.
        browser.open("#/subsidies");
        browser.await(By.id("appropriation-form"));
        browser.select("appropriationKind", "cost-compensation");
        browser.type("appropriationAmount", "paljon");
        browser.click(By.cssSelector("#appropriation-form button[type=submit]"));
        browser.await(By.cssSelector("#appropriation-form [data-field=appropriationAmount] .field-error"));
        browser.type("appropriationAmount", "45 678,90");
        browser.click(By.cssSelector("#appropriation-form button[type=submit]"));
        // A cut below the amount asks first and says what it leaves for new decisions.
        browser.awaitText(By.cssSelector("dialog[open]"), "Pienennetäänkö määrärahaa?");
        Browser.assertContains(browser.text(By.cssSelector("dialog[open]")), "Kulukorvaus");
        browser.assertAccessible("subsidies-appropriation-cut-confirm");
        browser.click(By.id("confirm-yes"));
        browser.awaitText(By.id("subsidy-balances"), "45 678,90");
        browser.assertAccessible("subsidies-appropriation-form");

        JsonNode travel = lead.get("v1/subsidies/applications?status=pending&kind=travel-compensation").body().path("items").get(0);
        int year = LocalDate.parse(travel.path("startDate").asText()).getYear();
        // Only 100 euros remain for travel compensation, less than the 180 applied for.
        assertEquals(200, lead.put("v1/subsidies/appropriations/" + year + "/travel-compensation", "{\"amountCents\": 10000}").status());

        browser.open("#/subsidies/" + travel.path("id").asText());
        browser.await(By.id("subsidy-decision-form"));
        browser.settled();
        assertContains(text(By.id("subsidy-remaining")), "100,00 €");
        browser.select("outcome", "granted");
        assertFalse(browser.driver.findElement(By.name("grantedCents")).isDisplayed(), "a full grant asks no amount");
        browser.click(By.cssSelector("#subsidy-decision-form button[type=submit]"));
        browser.awaitText(By.cssSelector("#subsidy-decision-form .form-summary"), "ylittäisi");
        String refusal = text(By.cssSelector("#subsidy-decision-form .form-summary"));
        assertContains(refusal, "Jäljellä on enää 100,00 €");
        browser.assertAccessible("subsidies-decision-overdraw");
        browser.screenshot("subsidies-04-overdraw");

        browser.select("outcome", "partly");
        browser.type("grantedCents", "100");
        browser.type("reasons", "Vuoden määrärahaa on jäljellä vain 100 euroa.");
        browser.click(By.cssSelector("#subsidy-decision-form button[type=submit]"));
        browser.awaitText(By.cssSelector("main .notice-success"), "Päätös tallennettu");
        browser.settled();
        assertContains(text(By.id("subsidy-decision")), "Myönnetty osittain");
        assertContains(text(By.id("subsidy-remaining")), "0,00 €");
        assertEquals("partly", lead.get("v1/subsidies/applications/" + travel.path("id").asText()).body().path("status").asText());
        browser.assertAccessible("subsidies-decided");
        browser.screenshot("subsidies-05-decided");

        // The application entered above, granted in full from the pay subsidy appropriation.
        long before = remaining("pay-subsidy", START.getYear());
        browser.open("#/subsidies/" + created);
        browser.await(By.id("subsidy-decision-form"));
        browser.select("outcome", "granted");
        browser.click(By.cssSelector("#subsidy-decision-form button[type=submit]"));
        browser.awaitText(By.cssSelector("main .notice-success"), "Päätös tallennettu");
        assertEquals(before - 750_000, remaining("pay-subsidy", START.getYear()));
        assertEquals("granted", lead.get("v1/subsidies/applications/" + created).body().path("status").asText());
    }

    private long remaining(String kind, int year) {
        for (JsonNode row : lead.get("v1/subsidies/appropriations?year=" + year).body()) {
            if (row.path("kind").asText().equals(kind)) {
                return row.path("remainingCents").asLong();
            }
        }
        throw new AssertionError("no " + kind);
    }

    @Test
    @Order(5)
    void caseworkerSeesTheApplicationButNoDecisionForm() {
        browser.logout();
        browser.login("caseworker", "polku-demo");
        JsonNode pending = lead.get("v1/subsidies/applications?status=pending&limit=1").body().path("items").get(0);
        browser.open("#/subsidies/" + pending.path("id").asText());
        browser.awaitText(By.id("subsidy-decision"), "yksikön esihenkilö");
        assertTrue(browser.driver.findElements(By.id("subsidy-decision-form")).isEmpty());
        browser.settled();
        assertContains(text(By.id("subsidy-balance")), "Jäljellä");
        browser.assertAccessible("subsidies-application-caseworker");

        browser.language("sv");
        browser.awaitText(By.cssSelector("h2#subsidy-decision-title"), "Beslut");
        browser.assertAccessible("subsidies-application-sv");
        browser.language("en");
        browser.awaitText(By.cssSelector("h2#subsidy-decision-title"), "Decision");
        browser.assertAccessible("subsidies-application-en");
        browser.click(By.cssSelector("#nav a[data-contribution=subsidies]"));
        browser.awaitText(By.cssSelector("h1"), "Subsidies and compensations");
        browser.await(By.id("subsidy-application-form"));
        browser.settled();
        assertContains(text(By.id("subsidy-balances")), "Start-up grant");
        browser.assertAccessible("subsidies-en");
        browser.language("fi");
        browser.awaitText(By.cssSelector("h1"), "Tuet ja korvaukset");
    }
}
