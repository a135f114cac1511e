package fi.polku.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * The platform in a real Felix, provisioned with exactly the bundles of the assembled
 * distribution ({@code platform/distribution/target/polku/system}) in their tiers, on a real
 * PostgreSQL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlatformTest {
    private static final String PORT = "org.osgi.service.http.port";

    @Inject
    private BundleContext context;

    private Api api;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.options();
    }

    /**
     * Each test starts on a whole platform: a test that stopped a bundle and failed before it
     * restarted it fails alone, instead of leaving every later test to wait for health.
     */
    @Before
    public void waitForPlatform() throws Exception {
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && name.startsWith("fi.polku.") && b.getState() == Bundle.RESOLVED && b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start();
            }
        }
        api = new Api(Integer.parseInt(context.getProperty(PORT)));
        api.await("health", 200, 120);
    }

    @Test
    public void everyBundleOfTheDistributionIsActive() {
        List<String> notActive = new ArrayList<>();
        int count = 0;
        for (Bundle b : context.getBundles()) {
            if (b.getLocation().contains("/system/")) {
                count++;
                boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
                if (!fragment && b.getState() != Bundle.ACTIVE) {
                    notActive.add(b.getSymbolicName());
                }
                if (b.getSymbolicName().startsWith("fi.polku.")) {
                    assertTrue(b.getSymbolicName() + " names its licence", String.valueOf(b.getHeaders().get("Bundle-License")).startsWith("EUPL-1.2"));
                }
            }
        }
        assertTrue("the distribution ships bundles", count > 50);
        assertEquals("bundles not active", List.of(), notActive);
    }

    @Test
    public void healthTellsAnyoneUpOrDownAndStaffTheDetails() throws Exception {
        Api.Reply anonymous = new Api(api.port()).get("health");
        assertEquals(200, anonymous.status());
        assertEquals("UP", anonymous.body().path("status").asText());
        assertEquals("UP", anonymous.body().path("checks").path("database").path("status").asText());
        assertTrue("no versions, bundles or details without login: " + anonymous.body(), anonymous.body().path("bundles").isMissingNode()
                && anonymous.body().path("checks").path("database").path("detail").isMissingNode()
                && !anonymous.body().toString().contains("PostgreSQL") && !anonymous.body().toString().contains("SNAPSHOT"));

        Api admin = new Api(api.port());
        assertEquals(200, admin.login("admin", "polku-demo").status());
        Api.Reply r = admin.get("health");
        assertEquals(200, r.status());
        assertTrue(r.body().path("checks").path("database").path("detail").asText().startsWith("PostgreSQL"));
        assertEquals("no Declarative Services component of Polku is unsatisfied", "[]", r.body().path("components").toString());
        List<String> names = new ArrayList<>();
        for (JsonNode b : r.body().path("bundles")) {
            names.add(b.path("name").asText());
            assertEquals(b.toString(), "ACTIVE", b.path("state").asText());
        }
        assertTrue(names.toString(), names.containsAll(List.of("fi.polku.api", "fi.polku.persistence", "fi.polku.security", "fi.polku.web", "fi.polku.case")));
        assertTrue(r.body().path("modules").isArray());
        assertTrue(r.body().path("modules").toString(), r.body().path("modules").toString().contains("subsidies-default"));
        api = admin; // the mapping fault below is for staff to see

        // Every configured module is installed; a mapping to one that is not is reported, and the platform stays UP.
        Path kotka = Path.of(context.getProperty("polku.test.configs"), "fi.polku.municipality~kotka.cfg.json");
        String original = Files.readString(kotka);
        String fault = "{\"municipalityCode\":\"285\",\"serviceType\":\"example-service\",\"moduleId\":\"example-service-missing\"}";
        try {
            Files.writeString(kotka, original.replace("\"module.coaching\":", "\"module.example-service\": \"example-service-missing\",\n  \"module.coaching\":"));
            Eventually.until("the mapped module that is missing reported by health",
                    () -> api.get("health").body().path("moduleFaults").toString().contains(fault));
            Api.Reply faulty = api.get("health");
            assertTrue("a mapped module that is missing is reported", faulty.body().path("moduleFaults").toString().contains(fault));
            assertEquals("and the platform is still UP", 200, faulty.status());
        } finally {
            Files.writeString(kotka, original);
        }
        Eventually.until("the fault gone with the file restored", () -> !api.get("health").body().path("moduleFaults").toString().contains(fault));
    }

    @Test
    public void healthStaysUpWhileAServiceModuleIsStoppedAndNamesIt() throws Exception {
        Api admin = new Api(api.port());
        assertEquals(200, admin.login("admin", "polku-demo").status());
        Bundle module = polkuBundle("fi.polku.coaching");
        module.stop();
        try {
            Api.Reply r = admin.get("health");
            assertEquals("a load balancer keeps the node: " + r.body(), 200, r.status());
            assertEquals("UP", r.body().path("status").asText());
            assertTrue(r.body().toString(), r.body().path("stoppedModules").toString().contains("\"name\":\"fi.polku.coaching\""));
            // Its own addresses are there but stopped: 503 with Retry-After, not "nothing here".
            Api caseworker = new Api(api.port()).language("en");
            // The REST runtime rebuilds its application when a bundle's resources go: a request meeting the rebuild is 404.
            Eventually.until("a login while the module is stopped", () -> caseworker.login("caseworker", "polku-demo").status() == 200);
            Api.Reply away = caseworker.await("v1/coaching/courses", 503, 30);
            assertTrue(away.raw().headers().firstValue("Retry-After").isPresent());
            assertTrue(away.body().toString(), away.body().path("message").asText().contains("stopped"));
            assertEquals("an address nobody serves stays 404", 404, caseworker.get("v1/no-such-service").status());
        } finally {
            module.start();
        }
        assertEquals("[]", admin.await("health", 200, 60).body().path("stoppedModules").toString());
    }

    @Test
    public void everyProtectedResourceWaitsForLoginAndRoleChecks() throws Exception {
        ServiceReference<?>[] resources = context.getAllServiceReferences(null, "(osgi.jakartars.resource=true)");
        List<String> unguarded = new ArrayList<>();
        int checked = 0;
        for (ServiceReference<?> r : resources) {
            String name = r.getBundle().getSymbolicName();
            Object select = r.getProperty("osgi.jakartars.extension.select");
            List<String> filters = select instanceof String[] a ? List.of(a) : select == null ? List.of() : List.of(String.valueOf(select));
            String type = String.valueOf(r.getProperty("component.name"));
            if (!name.startsWith("fi.polku.") || type.endsWith("HealthResource") || type.endsWith("OpenApiResource") || type.endsWith("OpenApiResource$Yaml")) {
                continue; // open to anyone by design
            }
            checked++;
            if (!filters.contains(fi.polku.api.rest.SecuredResource.AUTHENTICATION) || !filters.contains(fi.polku.api.rest.SecuredResource.ROLES)) {
                unguarded.add(type + " " + filters);
            }
        }
        assertTrue("resources checked: " + checked, checked >= 20);
        assertEquals("resources served without waiting for the login and role filters", List.of(), unguarded);
    }

    @Test
    public void theCallersSlipsAre400NotServerErrorsAndPersonalDataIsNeverCached() {
        Api lead = new Api(api.port());
        assertEquals(200, lead.login("lead", "polku-demo").status());
        String course = "{\"name\": \"Kurssi\", \"delivery\": \"online\", \"productionMode\": \"OWN_PRODUCTION\", "
                + "\"provider\": \"Ekami\", \"capacity\": 5, \"startsOn\": \"%s\"%s}";
        Api.Reply noKind = lead.post("v1/coaching/courses", String.format(course, "2027-01-11", ""));
        assertEquals("a course without kind: " + noKind.body(), 400, noKind.status());
        Api.Reply farFuture = lead.post("v1/coaching/courses", String.format(course, "+5874898-01-01", ", \"kind\": \"work\""));
        assertEquals("a date beyond the database's range: " + farFuture.body(), 400, farFuture.status());
        Api.Reply notANumber = lead.get("v1/subsidies/applications?limit=ten");
        assertEquals("a query parameter of the wrong form: " + notANumber.body(), 400, notANumber.status());
        assertTrue(notANumber.body().path("fields").has("limit"));

        String customer = lead.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("030303", 'A', 933), "Välimuisti", "Ei"))
                .body().path("id").asText();
        Api.Reply page = lead.get("v1/customers/" + customer);
        assertEquals(200, page.status());
        assertEquals("no-store", page.raw().headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    public void healthIsDownWhileACoreBundleIsStopped() throws Exception {
        Api admin = new Api(api.port());
        assertEquals(200, admin.login("admin", "polku-demo").status());
        Bundle core = polkuBundle("fi.polku.case");
        core.stop();
        try {
            Api.Reply r = admin.await("health", 503, 30); // not 404 from the REST runtime's rebuild as the core's resources go
            assertEquals(503, r.status());
            assertEquals("DOWN", r.body().path("status").asText());
            assertTrue(r.body().toString(), r.body().toString().contains("\"name\":\"fi.polku.case\",\"version\":\"0.1.0.SNAPSHOT\",\"state\":\"RESOLVED\""));
        } finally {
            core.start();
        }
        api.await("health", 200, 60);
    }

    @Test
    public void wrongPasswordAndMissingSessionAre401WithAMessage() {
        Api.Reply wrong = api.login("caseworker", "not-the-password");
        assertEquals(401, wrong.status());
        assertTrue(wrong.message(), wrong.message().startsWith("Wrong username or password"));

        Api.Reply unknown = api.login("nobody", "polku-demo");
        assertEquals(401, unknown.status());

        Api.Reply anonymous = api.get("v1/customers/00000000-0000-0000-0000-000000000000");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.message(), anonymous.message().contains("not logged in"));

        Api.Reply badBody = api.post("session", "{\"username\": \"caseworker\"}");
        assertEquals(400, badBody.status());
    }

    @Test
    public void everyDemoRoleCanLogInAndSeesItsRoles() {
        Map<String, String> roles = Map.of("caseworker", "[\"caseworker\"]", "lead", "[\"caseworker\",\"unit-lead\"]",
                "admin", "[\"it-admin\"]", "partner", "[\"partner\"]");
        roles.forEach((user, expected) -> {
            Api a = new Api(api.port());
            Api.Reply r = a.login(user, "polku-demo");
            assertEquals(r.body().toString(), 200, r.status());
            assertEquals(expected, r.body().path("user").path("roles").toString());
            String cookie = r.raw().headers().firstValue("Set-Cookie").orElse("");
            assertTrue(cookie, cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
            assertEquals(user, a.get("session").body().path("user").path("username").asText());
        });
    }

    @Test
    public void stateChangingCallWithoutCsrfTokenIsRefusedAndWritesNothing() {
        api.login("caseworker", "polku-demo");
        String code = Api.syntheticIdentityCode("010280", '-', 950);
        api.dropCsrf();
        Api.Reply forged = api.post("v1/customers", Api.customerJson(code, "Väinö", "Csrf"));
        assertEquals(403, forged.status());
        assertTrue(forged.message(), forged.message().contains("X-CSRF-Token"));
        // Refused before its body was read: the connection is not kept alive with a body still on it, and the client is told so.
        assertEquals("close", forged.raw().headers().firstValue("connection").orElse("(no Connection header)"));
        assertEquals("a refusal after nothing unread keeps the connection", "(none)",
                api.get("v1/customers/" + UUID_ZERO).raw().headers().firstValue("connection").orElse("(none)"));

        api.login("caseworker", "polku-demo");
        Api.Reply real = api.post("v1/customers", Api.customerJson(code, "Väinö", "Csrf"));
        assertEquals("the forged call wrote nothing, so this is the first registration", 201, real.status());
    }

    /** configs/*.cfg.json are live: editing one changes the running platform, no restart. */
    @Test
    public void editingAConfigFileTakesEffectLive() throws Exception {
        Path file = Path.of(context.getProperty("polku.test.configs"), "fi.polku.web.session.cfg.json");
        String original = Files.readString(file);
        assertFalse(sessionCookie().contains("Secure"));
        try {
            Files.writeString(file, "{ \"cookie.secure\": true }");
            awaitCookie(true);
        } finally {
            Files.writeString(file, original);
        }
        awaitCookie(false);
        // Behind a trusted reverse proxy that terminates HTTPS the cookie is Secure without any setting; the header from anyone else is not believed.
        assertFalse(cookieVia("https").contains("Secure"));
        try {
            Files.writeString(file, "{ \"trustedProxies\": [\"127.0.0.1\", \"0:0:0:0:0:0:0:1\"] }");
            String last = "";
            for (int i = 0; i < 150 && !(last = cookieVia("https")).contains("Secure"); i++) {
                Thread.sleep(200);
            }
            assertTrue(last, last.contains("Secure"));
            assertFalse("plain HTTP through the same proxy", cookieVia("http").contains("Secure"));
        } finally {
            Files.writeString(file, original);
        }
    }

    /** The session cookie of a login that arrives through a proxy saying the browser used {@code proto}. */
    private String cookieVia(String proto) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + api.port() + "/api/session"))
                .header("Content-Type", "application/json").header("X-Forwarded-Proto", proto)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\": \"caseworker\", \"password\": \"polku-demo\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Set-Cookie").orElse("(login answered " + r.statusCode() + ")");
    }

    private String sessionCookie() {
        Api.Reply r = new Api(api.port()).login("caseworker", "polku-demo");
        return r.status() == 200 ? r.raw().headers().firstValue("Set-Cookie").orElse("") : "(login answered " + r.status() + ")";
    }

    private void awaitCookie(boolean secure) throws InterruptedException {
        String last = "";
        for (int i = 0; i < 150; i++) {
            last = sessionCookie();
            if (last.startsWith("POLKU_SESSION") && last.contains("Secure") == secure) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("cookie not " + (secure ? "" : "in") + "secure within 30 s: " + last);
    }

    @Test
    public void logoutEndsTheSession() {
        api.login("lead", "polku-demo");
        assertEquals(200, api.get("session").status());
        assertEquals(204, api.delete("session").status());
        Api.Reply after = api.get("session");
        assertEquals(401, after.status());
    }

    @Test
    public void partnerMayNotReadCustomersOfTheCore() {
        api.login("partner", "polku-demo");
        Api.Reply r = api.get("v1/customers/00000000-0000-0000-0000-000000000000");
        assertEquals(403, r.status());
        assertTrue(r.message(), r.message().contains("caseworker"));
    }

    /**
     * The core case bundle's persistence unit: built at start, used, closed when the bundle
     * stops, rebuilt when it starts again, with the data intact. The security bundle's unit, a
     * second bundle with its own schema, keeps serving meanwhile (logins keep working).
     */
    @Test
    public void unitIsClosedOnStopAndRebuiltOnRestartWithDataIntact() throws Exception {
        Api admin = new Api(api.port());
        assertEquals(200, admin.login("admin", "polku-demo").status());
        String units = openUnits(admin);
        assertTrue("security and the case bundle have units of their own: " + units,
                units.contains("security (fi.polku.security)") && units.contains("cases (fi.polku.case)"));

        api.login("caseworker", "polku-demo");
        String code = Api.syntheticIdentityCode("240575", '-', 931);
        Api.Reply created = api.post("v1/customers", Api.customerJson(code, "Anna", "Pysyvä"));
        assertEquals(created.body().toString(), 201, created.status());
        String id = created.body().path("id").asText();

        Bundle core = polkuBundle("fi.polku.case");
        core.stop();
        try {
            assertFalse("unit closed when its bundle stopped", openUnits(admin).contains("cases ("));
            Eventually.until("the other bundle's unit still serves: a login works (past the REST runtime's rebuild)",
                    () -> new Api(api.port()).login("lead", "polku-demo").status() == 200);
        } finally {
            core.start();
        }
        api.await("health", 200, 60);
        assertTrue(openUnits(admin).contains("cases (fi.polku.case)"));
        Api.Reply read = api.await("v1/customers/" + id, 200, 60);
        assertEquals("Pysyvä", read.body().path("lastName").asText());
        assertEquals(code.substring(0, 7) + "****", read.body().path("identityCode").asText());
    }

    private static String openUnits(Api admin) {
        return admin.get("health").body().path("checks").path("persistence-units").path("detail").asText();
    }

    /**
     * A bundle's unit connects as a database role of its own: another bundle's schema is closed
     * to it whatever its code does, and neither the platform's connection pool nor the units are
     * offered as services.
     */
    @Test
    public void aBundlesUnitReachesItsOwnSchemaOnly() throws Exception {
        assertNull("no DataSource service", context.getServiceReferences(javax.sql.DataSource.class.getName(), null));
        assertNull("no PersistenceUnit services", context.getServiceReferences(PersistenceUnit.class.getName(), null));
        // A bundle as a module is, with its own migration; the units service is asked for through its context.
        Bundle module = context.installBundle("isolation-probe", new java.io.ByteArrayInputStream(migrationBundle()));
        module.start();
        BundleContext moduleContext = module.getBundleContext();
        ServiceReference<PersistenceUnits> ref = moduleContext.getServiceReference(PersistenceUnits.class);
        PersistenceUnits units = moduleContext.getService(ref);
        try (PersistenceUnit unit = units.open(UnitDefinition.of("isolation_probe"))) {
            try (java.sql.Connection c = unit.connection(); java.sql.Statement s = c.createStatement()) {
                try (java.sql.ResultSet own = s.executeQuery("SELECT note FROM isolation_probe.probe_note")) {
                    assertTrue(own.next());
                    assertEquals("own data", own.getString(1));
                }
                for (String sql : List.of("SELECT identity_code FROM cases.customer", "SELECT password_hash FROM security.account",
                        "SET ROLE postgres", "CREATE SCHEMA stolen")) {
                    try {
                        s.execute(sql);
                        fail("allowed: " + sql);
                    } catch (java.sql.SQLException refused) {
                        assertEquals(sql + ": " + refused.getMessage(), "42501", refused.getSQLState()); // insufficient_privilege
                    }
                }
            }
            try {
                unit.run(em -> em.createNativeQuery("SELECT count(*) FROM cases.customer").getSingleResult());
                fail("JPA reads another schema");
            } catch (jakarta.persistence.PersistenceException refused) {
                assertTrue(String.valueOf(refused.getCause()), String.valueOf(refused.getCause()).contains("permission denied"));
            }
        } finally {
            moduleContext.ungetService(ref);
            module.uninstall();
        }
    }

    /** A bundle with no code: a migration that makes its table and a row of its own. */
    private static byte[] migrationBundle() throws java.io.IOException {
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        m.getMainAttributes().putValue("Bundle-SymbolicName", "fi.polku.test.isolation");
        m.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream j = new java.util.jar.JarOutputStream(out, m)) {
            for (String dir : List.of("db/", "db/migration/", "db/migration/isolation_probe/")) {
                j.putNextEntry(new java.util.jar.JarEntry(dir));
            }
            j.putNextEntry(new java.util.jar.JarEntry("db/migration/isolation_probe/V1__probe.sql"));
            j.write("CREATE TABLE probe_note (id int PRIMARY KEY, note text); INSERT INTO probe_note VALUES (1, 'own data');"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    public void duplicateIdentityCodeIs409PointingToTheExistingCustomer() {
        api.login("caseworker", "polku-demo");
        String code = Api.syntheticIdentityCode("111111", 'A', 977);
        Api.Reply first = api.post("v1/customers", Api.customerJson(code, "Eka", "Kerta"));
        assertEquals(201, first.status());
        Api.Reply second = api.post("v1/customers", Api.customerJson(code, "Toka", "Kerta"));
        assertEquals(409, second.status());
        assertTrue(second.body().path("existing").asText().endsWith(first.body().path("id").asText()));
    }

    @Test
    public void badInputIs400WithAMessage() {
        api.login("caseworker", "polku-demo");
        Api.Reply badCode = api.post("v1/customers", Api.customerJson("010280-950X", "A", "B"));
        assertEquals(400, badCode.status());
        assertTrue(badCode.message(), badCode.message().contains("control character"));
        Api.Reply realPerson = api.post("v1/customers", Api.customerJson("131052-308T", "A", "B"));
        assertEquals(400, realPerson.status());
        assertTrue(realPerson.message(), realPerson.message().contains("synthetic"));
        Api.Reply notJson = api.post("v1/customers", "{\"identityCode\": ");
        assertEquals(400, notJson.status());
        Api.Reply unknownField = api.post("v1/customers", "{\"identityKode\": \"x\"}");
        assertEquals(400, unknownField.status());
        assertTrue(unknownField.message(), unknownField.message().contains("identityKode"));
    }

    @Test
    public void scheduleExplainerGivesEveryStatutoryDateWithItsRuleSetAndSource() {
        api.login("caseworker", "polku-demo");
        Api.Reply r = api.get("v1/rules/schedule?start=2025-03-03");
        assertEquals(r.body().toString(), 200, r.status());
        assertEquals("2025", r.body().path("ruleSet").asText());
        JsonNode steps = r.body().path("steps");
        assertEquals("initial-interview", steps.get(0).path("step").asText());
        assertEquals("2025-03-10", steps.get(0).path("due").asText());
        assertTrue(steps.get(0).path("source").asText().startsWith("Act 380/2023"));
        assertEquals("supplementary-interview-1", steps.get(1).path("step").asText());
        assertEquals("2025-03-11", steps.get(1).path("from").asText());
        assertTrue(steps.get(1).path("due").isMissingNode());
        assertEquals("job-search-interview-3m", steps.get(6).path("step").asText());
        assertEquals("municipal-liability-100", steps.get(7).path("step").asText());

        Api.Reply later = api.get("v1/rules/schedule?start=2026-03-02");
        assertEquals("the stage of the 2026 amendment in force from 1.3.2026", "2026-03", later.body().path("ruleSet").asText());
        assertEquals("2026-03-16", later.body().path("steps").get(0).path("due").asText());

        // A search started on 1.12.2025 (TEM: the 2026 stages): the initial interview by the 2025 rules,
        // the job-search interview by the stage in force on 9.3.2026, the profile from 1.9.2026; the versions named.
        JsonNode crossing = api.get("v1/rules/schedule?start=2025-12-01").body();
        assertEquals("2025", crossing.path("ruleSet").asText());
        List<String> used = new ArrayList<>();
        crossing.path("ruleSets").forEach(x -> used.add(x.path("id").asText()));
        assertEquals(List.of("2025", "2026-03", "2026-09"), used);
        java.util.Map<String, JsonNode> step = new java.util.HashMap<>();
        crossing.path("steps").forEach(x -> step.put(x.path("step").asText(), x));
        assertEquals("2025-12-08", step.get("initial-interview").path("due").asText());
        assertEquals("2026-03-09", step.get("job-search-interview-3m").path("due").asText());
        assertEquals("2026-03", step.get("job-search-interview-3m").path("ruleSet").asText());
        assertEquals("2026-09-14", step.get("job-search-profile").path("due").asText());
        assertFalse("supplementary interviews are need-based from 1.1.2026", step.containsKey("supplementary-interview-5"));
    }

    @Test
    public void scheduleExplainerRefusesBadDatesWithAMessage() {
        api.login("caseworker", "polku-demo");
        Api.Reply missing = api.get("v1/rules/schedule");
        assertEquals(400, missing.status());
        assertTrue(missing.message(), missing.message().contains("YYYY-MM-DD"));
        Api.Reply bad = api.get("v1/rules/schedule?start=2025-02-30");
        assertEquals(400, bad.status());
        assertTrue(bad.message(), bad.message().contains("is not a date"));
        Api.Reply early = api.get("v1/rules/schedule?start=2024-06-01");
        assertEquals(404, early.status());
        assertTrue(early.message(), early.message().contains("No rule set applies"));
        assertEquals(401, new Api(api.port()).get("v1/rules/schedule?start=2025-03-03").status());
    }

    /**
     * A job search starts under the rule set of its start date; its later steps follow the rule set
     * in force on their day, so removing the 2026 bundle brings back the 2025 rules for the steps of a
     * 2025 start, and installing it again the 2026 stages (their transitional provision reaches the
     * searches under way).
     */
    @Test
    public void ruleSetsAreBundlesChosenByStartDate() throws Exception {
        api.login("lead", "polku-demo");
        Bundle r2026 = polkuBundle("fi.polku.rules-2026");
        String before2025 = api.get("v1/rules/schedule?start=2025-11-03").body().toString();
        r2026.stop();
        try {
            assertEquals("without the 2026 bundle its starts fall back to 2025", "2025",
                    api.await("v1/rules/schedule?start=2026-03-02", 200, 30).body().path("ruleSet").asText());
            JsonNode alone = api.get("v1/rules/schedule?start=2025-11-03").body();
            assertEquals("without the 2026 stages every step of a 2025 start is by the 2025 rules, the five supplementary interviews too",
                    5, alone.path("steps").findValuesAsText("step").stream().filter(x -> x.startsWith("supplementary-interview-")).count());
            assertEquals(List.of("2025"), alone.path("ruleSets").findValuesAsText("id"));
        } finally {
            r2026.start();
        }
        Eventually.until("the 2026 rules back", () -> "2026-03".equals(api.get("v1/rules/schedule?start=2026-03-02").body().path("ruleSet").asText()));
        assertEquals("2026-03", api.get("v1/rules/schedule?start=2026-03-02").body().path("ruleSet").asText());
        assertEquals("with the 2026 stages back, the steps of a 2025 start due from 1.1.2026 follow them again", before2025,
                api.get("v1/rules/schedule?start=2025-11-03").body().toString());
        JsonNode sets = api.get("v1/rules").body();
        assertEquals("2025 and the three stages of 2026", 4, sets.size());
        for (JsonNode set : sets) {
            for (JsonNode p : set.path("parameters")) {
                assertFalse(p.toString(), p.path("source").asText().isBlank());
            }
        }
    }

    @Test
    public void organisationComesFromConfigs() {
        api.login("caseworker", "polku-demo");
        JsonNode org = api.get("v1/organisation").body();
        assertEquals("Etelä-Kymenlaakson työllisyysalue", org.path("area").path("fi").asText());
        List<String> codes = new ArrayList<>();
        org.path("municipalities").forEach(m -> codes.add(m.path("code").asText()));
        assertEquals("responsible municipality first", List.of("285", "075", "489", "624", "935"), codes);
        assertTrue(org.path("municipalities").get(0).path("responsible").asBoolean());
        assertEquals(5, org.path("units").size());
        assertEquals(5, org.path("servicePoints").size());
        assertTrue(org.path("caseworkers").toString(), org.path("caseworkers").toString().contains("{\"username\":\"caseworker\",\"unit\":\"initial\",\"servicePoint\":\"kotka-office\"}"));
    }

    @Test
    public void personLivingOutsideTheAreaIsRefusedWithTheReason() {
        api.login("caseworker", "polku-demo");
        String json = "{\"identityCode\": \"" + Api.syntheticIdentityCode("120388", '-', 933) + "\", \"firstName\": \"Ulla\", "
                + "\"lastName\": \"Ulkopuolinen\", \"municipalityCode\": \"091\", \"language\": \"fi\", \"email\": \"not-an-address\"}";
        Api.Reply r = api.post("v1/customers", json);
        assertEquals(400, r.status());
        assertTrue(r.body().toString(), r.body().path("fields").path("municipalityCode").asText().contains("not in this employment area"));
        assertTrue(r.body().toString(), r.body().path("fields").path("email").asText().contains("not an e-mail address"));
    }

    @Test
    public void everyAccessToACustomerIsInTheAuditTrailForAdminsOnly() {
        api.login("caseworker", "polku-demo");
        String code = Api.syntheticIdentityCode("300492", '-', 988);
        String id = api.post("v1/customers", Api.customerJson(code, "Aune", "Auditoitu")).body().path("id").asText();
        assertEquals(200, api.get("v1/customers/" + id).status());
        Api.Reply reveal = api.get("v1/customers/" + id + "/identity-code");
        assertEquals(code, reveal.body().path("identityCode").asText());
        assertEquals(409, api.post("v1/customers", Api.customerJson(code, "Aune", "Auditoitu")).status());
        assertEquals(403, api.get("v1/audit/customers/" + id).status());

        Api admin = new Api(api.port());
        admin.login("admin", "polku-demo");
        assertEquals("an admin is not a caseworker", 403, admin.get("v1/customers/" + id).status());
        JsonNode trail = admin.get("v1/audit/customers/" + id).body();
        List<String> actions = new ArrayList<>();
        trail.forEach(e -> actions.add(e.path("actor").asText() + " " + e.path("action").asText()));
        assertEquals(List.of("caseworker customer.register-duplicate", "caseworker customer.reveal-identity-code",
                "caseworker customer.read", "caseworker customer.create"), actions);
        JsonNode again = admin.get("v1/audit/customers/" + id).body();
        assertEquals("reading the trail is recorded too", "admin audit.read",
                again.get(0).path("actor").asText() + " " + again.get(0).path("action").asText());
    }

    /** A morning's work: register, start the search, hold the initial interview, see the task leave the worklist. */
    @Test
    public void serviceProcessFromRegistrationToInitialInterview() {
        api.login("caseworker", "polku-demo");
        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("020286", '-', 914), "Matti", "Prosessi"))
                .body().path("id").asText();
        String today = Day.today().toString();
        Api.Reply started = api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + today + "\", \"status\": \"unemployed\"}");
        assertEquals(started.body().toString(), 201, started.status());
        String period = started.body().path("id").asText();
        assertEquals("initial", started.body().path("unit").asText());
        assertEquals(ruleSetInForce(Day.today()), started.body().path("ruleSet").asText());
        JsonNode timeline = started.body().path("timeline");
        assertEquals("initial-interview", timeline.get(0).path("step").asText());
        String initialTask = timeline.get(0).path("taskId").asText();

        Api.Reply second = api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + today + "\"}");
        assertEquals("one open period per customer", 409, second.status());

        // The initial interview waits in the initial unit's queue; the caseworker takes it.
        assertTrue(api.get("v1/units/initial/queue?limit=500").body().toString().contains(initialTask));
        assertEquals(204, api.post("v1/tasks/" + initialTask + "/take", "{}").status());
        assertTrue(api.get("v1/worklist").body().toString().contains(initialTask));
        assertFalse(api.get("v1/units/initial/queue?limit=500").body().toString().contains(initialTask));

        Api.Reply noPlan = api.post("v1/job-search-periods/" + period + "/interviews",
                "{\"kind\": \"initial\", \"heldOn\": \"" + today + "\", \"prerequisites\": \"good\", \"serviceNeed\": \"coaching\"}");
        assertEquals(400, noPlan.status());
        assertTrue(noPlan.message(), noPlan.message().contains("plan is required"));

        String interview = "{\"kind\": \"initial\", \"heldOn\": \"" + today + "\", \"mode\": \"face-to-face\", "
                + "\"prerequisites\": \"Ready to work; forklift licence\", \"serviceNeed\": \"Job-search coaching\", "
                + "\"plan\": {\"applicationsPerMonth\": 4, \"agreedServices\": \"job-search coaching\", \"contactMethod\": \"phone\"}}";
        Api.Reply held = api.post("v1/job-search-periods/" + period + "/interviews", interview);
        assertEquals(held.body().toString(), 201, held.status());
        assertEquals("done", held.body().path("timeline").get(0).path("state").asText());
        assertEquals(1, held.body().path("plan").path("version").asInt());
        assertEquals(4, held.body().path("plan").path("applicationsPerMonth").asInt());
        assertFalse("completing the interview takes the task off the worklist", api.get("v1/worklist").body().toString().contains(initialTask));
        assertEquals("recorded only once", 409, api.post("v1/job-search-periods/" + period + "/interviews", interview).status());

        Api.Reply moved = api.post("v1/job-search-periods/" + period + "/transfer", "{\"unit\": \"multisectoral\", \"reason\": \"work capacity needs assessing\"}");
        assertEquals(moved.body().toString(), 200, moved.status());
        assertEquals("multisectoral", moved.body().path("unit").asText());
        assertEquals(2, moved.body().path("units").size());
        assertEquals(400, api.post("v1/job-search-periods/" + period + "/transfer", "{\"unit\": \"nowhere\", \"reason\": \"x\"}").status());

        JsonNode periods = api.get("v1/customers/" + customer + "/job-search-periods").body();
        assertEquals(1, periods.size());
        assertEquals("Job-search coaching", periods.get(0).path("interviews").get(0).path("serviceNeed").asText());
    }

    /** The console sends the user's language; field messages come back in it, each under its field's JSON path. */
    @Test
    public void validationMessagesAreByFieldInTheRequestedLanguage() {
        api.login("caseworker", "polku-demo");
        String bad = "{\"identityCode\": \"010280-950X\", \"firstName\": \" \", \"lastName\": \"Ruotsalainen\", "
                + "\"municipalityCode\": \"091\", \"language\": \"sv\"}";
        Api.Reply sv = api.language("sv-FI,sv;q=0.9,en;q=0.5").post("v1/customers", bad);
        assertEquals(400, sv.status());
        assertEquals("sv", sv.raw().headers().firstValue("Content-Language").orElse(""));
        assertEquals(sv.body().toString(), "Obligatorisk uppgift.", sv.body().path("fields").path("firstName").asText());
        assertTrue(sv.body().toString(), sv.body().path("fields").path("municipalityCode").asText().contains("Fredrikshamn 075"));
        assertTrue(sv.body().toString(), sv.body().path("fields").path("identityCode").asText().contains("kontrolltecken"));
        assertTrue(sv.message(), sv.message().contains("firstName: Obligatorisk uppgift."));
        Api.Reply en = api.language(null).post("v1/customers", bad);
        assertEquals("without Accept-Language, English", "This is required.", en.body().path("fields").path("firstName").asText());

        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("240594", '-', 961), "Kielo", "Kielinen"))
                .body().path("id").asText();
        String today = Day.today().toString();
        Api.Reply start = api.language("fi").post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"eilen\", \"status\": \"lomalla\"}");
        assertEquals(400, start.status());
        assertEquals(start.body().toString(), "”eilen” ei ole päivämäärä; kirjoita se muodossa VVVV-KK-PP.", start.body().path("fields").path("start").asText());
        assertTrue(start.body().toString(), start.body().path("fields").has("status"));
        String period = api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + today + "\"}").body().path("id").asText();

        Api.Reply interview = api.post("v1/job-search-periods/" + period + "/interviews", "{\"kind\": \"initial\", \"heldOn\": \"" + today
                + "\", \"mode\": \"letter\", \"plan\": {\"applicationsPerMonth\": 60, \"contactMethod\": \"fax\"}}");
        assertEquals(400, interview.status());
        JsonNode fields = interview.body().path("fields");
        assertEquals(interview.body().toString(), List.of("mode", "prerequisites", "serviceNeed", "plan.applicationsPerMonth", "plan.contactMethod"),
                names(fields));
        assertEquals("Pakollinen alkuhaastattelussa: arvio palvelutarpeesta.", fields.path("serviceNeed").asText());

        Api.Reply transfer = api.language("en").post("v1/job-search-periods/" + period + "/transfer", "{\"unit\": \"nowhere\"}");
        assertEquals(400, transfer.status());
        assertTrue(transfer.body().toString(), transfer.body().path("fields").path("unit").asText().startsWith("There is no unit 'nowhere'"));
        assertTrue(transfer.body().toString(), transfer.body().path("fields").has("reason"));
        Api.Reply end = api.language("sv").post("v1/job-search-periods/" + period + "/end", "{\"endDate\": \"" + today + "\"}");
        assertEquals("Välj varför arbetssökandet upphör.", end.body().path("fields").path("reason").asText());
        Api.Reply referral = api.language("fi").post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"coaching\"}");
        assertEquals(400, referral.status());
        assertEquals(referral.body().toString(), List.of("purpose"), names(referral.body().path("fields")));
        assertEquals("a 409 stays English", 409, api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + today + "\"}").status());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    public void immigrantEntitledToAnIntegrationPlanGoesStraightToIntegrationSpecialists() {
        api.login("caseworker", "polku-demo");
        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("170795", '-', 926), "Amina", "Kotoutuja"))
                .body().path("id").asText();
        Api.Reply started = api.post("v1/customers/" + customer + "/job-search-periods",
                "{\"start\": \"" + Day.today() + "\", \"integrationPlan\": true}");
        assertEquals(201, started.status());
        assertEquals("integration", started.body().path("unit").asText());
        assertEquals("integration", started.body().path("timeline").get(0).path("ownerUnit").asText());
    }

    @Test
    public void nightlyRunMovesCustomersToGuidanceAtThreeMonths() {
        api.login("caseworker", "polku-demo");
        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("090979", '-', 955), "Olli", "Kolmekuinen"))
                .body().path("id").asText();
        String start = Day.today().minusMonths(3).minusDays(2).toString();
        Api.Reply started = api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + start + "\"}");
        assertEquals(started.body().toString(), 201, started.status());
        assertTrue("overdue steps are flagged", started.body().path("timeline").get(0).path("overdue").asBoolean());
        assertEquals(403, api.post("v1/admin/nightly-run", "{}").status());

        Api admin = new Api(api.port());
        admin.login("admin", "polku-demo");
        Api.Reply run = admin.post("v1/admin/nightly-run", "{}");
        assertEquals(run.body().toString(), 200, run.status());
        assertTrue(run.body().path("transferred").asInt() >= 1);
        assertTrue("open and overdue tasks counted per municipality and unit", run.body().path("statisticsRows").asInt() >= 1);
        JsonNode p = api.get("v1/customers/" + customer + "/job-search-periods").body().get(0);
        assertEquals("guidance", p.path("unit").asText());
        assertEquals("guidance", p.path("timeline").get(0).path("ownerUnit").asText());

        // The dashboard reads the nightly counts as its trend, and the figures now and the liability counts.
        Api.Reply tasks = api.get("v1/dashboard/tasks?days=7");
        assertEquals(tasks.body().toString(), 200, tasks.status());
        assertTrue(tasks.body().toString(), tasks.body().path("trend").size() >= 1 && tasks.body().path("now").size() >= 1);
        assertEquals(200, api.get("v1/dashboard/initial-interviews?months=12").status());
        assertEquals(200, api.get("v1/dashboard/liability?withinDays=30").status());
        assertEquals(400, api.get("v1/dashboard/tasks?days=0").status());
        assertEquals(400, api.get("v1/dashboard/liability?withinDays=999").status());
    }

    /**
     * A rule set reaches the job searches under way once, by the nightly run: a search of 2025 whose
     * tasks an older Polku made from the 2025 rules alone (the fifth supplementary interview, due
     * 10.2.2026) loses the step the 2026 rules dropped (TEM: supplementary interviews by need from
     * 1.1.2026), and a second run does nothing more.
     */
    @Test
    public void aRuleSetReachesTheSearchesUnderWayOnceByTheNightlyRun() throws Exception {
        api.login("caseworker", "polku-demo");
        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("121212", 'A', 954), "Siirtyvä", "Sääntö"))
                .body().path("id").asText();
        String period = api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"2025-12-01\", \"status\": \"unemployed\"}")
                .body().path("id").asText();
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", context.getProperty("polku.db.user"));
        login.setProperty("password", String.valueOf(context.getProperty("polku.db.password")));
        try (java.sql.Connection c = new org.postgresql.Driver().connect(context.getProperty("polku.db.url"), login);
                java.sql.PreparedStatement old = c.prepareStatement("INSERT INTO cases.task (id, period_id, customer_id, municipality_code, step, "
                        + "window_from, due, owner_unit, state) SELECT gen_random_uuid(), id, customer_id, municipality_code, 'supplementary-interview-5', "
                        + "DATE '2026-01-23', DATE '2026-02-10', unit, 'open' FROM cases.job_search_period WHERE id = ?::uuid");
                java.sql.Statement again = c.createStatement()) {
            old.setString(1, period);
            assertEquals(1, old.executeUpdate());
            again.executeUpdate("DELETE FROM cases.rule_transition WHERE rule_set = '2026'");
        }
        Api admin = new Api(api.port());
        admin.login("admin", "polku-demo");
        JsonNode first = admin.post("v1/admin/nightly-run", "{}").body();
        JsonNode applied = first.path("rulesApplied");
        assertEquals(first.toString(), 1, applied.size());
        assertEquals("2026", applied.get(0).path("ruleSet").asText());
        assertTrue(first.toString(), applied.get(0).path("periods").asInt() >= 1 && applied.get(0).path("changes").asInt() >= 1);
        String state = "";
        for (JsonNode step : api.get("v1/customers/" + customer + "/job-search-periods").body().get(0).path("timeline")) {
            if (step.path("step").asText().equals("supplementary-interview-5")) {
                state = step.path("state").asText();
            }
        }
        assertEquals("cancelled", state);
        assertEquals("once", 0, admin.post("v1/admin/nightly-run", "{}").body().path("rulesApplied").size());
    }

    @Test
    public void badProcessInputIs4xxAndWritesNothing() {
        api.login("caseworker", "polku-demo");
        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("310181", '-', 947), "Virhe", "Syöte"))
                .body().path("id").asText();
        assertEquals(400, api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"31.1.2025\"}").status());
        assertEquals(400, api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"2025-02-03\", \"status\": \"retired\"}").status());
        assertEquals(400, api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"2024-06-03\"}").status());
        assertEquals(404, api.post("v1/customers/" + UUID_ZERO + "/job-search-periods", "{\"start\": \"2025-02-03\"}").status());
        assertEquals(404, api.post("v1/job-search-periods/not-an-id/interviews", "{}").status());
        assertEquals("nothing was written by the refused calls", 0, api.get("v1/customers/" + customer + "/job-search-periods").body().size());
    }

    @Test
    public void openApiDocumentIsServedWithoutLoginAndDescribesExactlyWhatIsServed() throws Exception {
        java.net.http.HttpResponse<String> r = api.get("health").raw();
        assertEquals(200, r.statusCode());
        String doc = rawGet("openapi.json");
        JsonNode openapi = new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc);
        assertEquals("3.0.3", openapi.path("openapi").asText());
        assertEquals(doc, rawGet("openapi.yaml"));
        // For the linter that CI runs on it (Redocly CLI, recommended rules).
        Files.writeString(Path.of("target", "openapi.json"), doc);
        assertEquals("every served path and method is documented, and nothing else", servedOperations(), documentedOperations(openapi));
    }

    @Test
    public void theJournalIsAppendOnlyAndHoldsTheInterviewsAndTheEventsOfTheCase() throws Exception {
        // (the journal of issue 14: notes, interviews in full, the case's events)
        api.login("caseworker", "polku-demo");
        java.time.LocalDate today = Day.today();
        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("020282", '-', 946), "Jaana", "Journaali"))
                .body().path("id").asText();
        String period = api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + today
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}").body().path("id").asText();
        assertEquals(201, api.post("v1/job-search-periods/" + period + "/interviews", "{\"kind\": \"initial\", \"heldOn\": \"" + today
                + "\", \"mode\": \"phone\", \"prerequisites\": \"Trukkikortti voimassa\", \"serviceNeed\": \"Työnhakuvalmennus\", "
                + "\"notes\": \"Toivoo vuorotyötä\", \"plan\": {\"applicationsPerMonth\": 3, \"agreedServices\": \"Valmennus\", "
                + "\"contactMethod\": \"phone\"}}").status());
        assertEquals(200, api.post("v1/job-search-periods/" + period + "/transfer", "{\"unit\": \"guidance\", \"reason\": \"Ohjaus jatkuu\"}").status());
        Api.Reply note = api.post("v1/customers/" + customer + "/journal", "{\"text\": \"Soitti ja kertoi haastattelusta\"}");
        assertEquals(note.body().toString(), 201, note.status());
        String noteId = note.body().path("id").asText();
        Api.Reply correction = api.post("v1/customers/" + customer + "/journal", "{\"text\": \"Soitti ja kertoi kahdesta haastattelusta\", "
                + "\"corrects\": \"" + noteId + "\"}");
        assertEquals(201, correction.status());
        assertEquals(400, api.post("v1/customers/" + customer + "/journal", "{\"text\": \"x\", \"corrects\": \"" + UUID_ZERO + "\"}").status());
        assertEquals(400, api.post("v1/customers/" + customer + "/journal", "{\"text\": \"\"}").status());

        JsonNode all = api.get("v1/customers/" + customer + "/journal").body();
        String text = all.toString();
        assertTrue("the interview in full: " + text, text.contains("Trukkikortti voimassa") && text.contains("Toivoo vuorotyötä"));
        assertTrue("the transfer: " + text, text.contains("Ohjaus jatkuu") && text.contains("\"kind\":\"transfer\""));
        assertTrue("the job search: " + text, text.contains("\"kind\":\"job-search\""));
        assertTrue("both notes, the first kept: " + text, text.contains("kertoi haastattelusta") && text.contains("kahdesta"));
        JsonNode notes = api.get("v1/customers/" + customer + "/journal?kind=note").body();
        assertEquals(2, notes.size());
        assertEquals(noteId, notes.get(0).path("corrects").asText());
        assertEquals(400, api.get("v1/customers/" + customer + "/journal?kind=gossip").status());
        // Append-only below the API too: the database refuses to change or delete an entry.
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", context.getProperty("polku.db.user"));
        login.setProperty("password", context.getProperty("polku.db.password"));
        try (java.sql.Connection c = new org.postgresql.Driver().connect(context.getProperty("polku.db.url"), login)) {
            java.sql.SQLException refused = org.junit.Assert.assertThrows(java.sql.SQLException.class,
                    () -> c.createStatement().executeUpdate("DELETE FROM cases.journal_entry WHERE id = '" + noteId + "'"));
            assertTrue(refused.getMessage(), refused.getMessage().contains("append-only"));
        }
        Api admin = new Api(api.port());
        admin.login("admin", "polku-demo");
        assertTrue(admin.get("v1/audit/customers/" + customer).body().toString().contains("journal.read"));
    }

    @Test
    public void peopleAreNamedByTheirFullNamesForTheStaffOnly() {
        api.login("caseworker", "polku-demo");
        JsonNode names = api.get("v1/staff").body();
        assertEquals("Aino Virtanen", names.path("caseworker").asText());
        assertFalse(names.path("lead").asText().isBlank());
        Api partner = new Api(api.port());
        partner.login("partner", "polku-demo");
        assertEquals("a partner's user needs no directory of the staff", 403, partner.get("v1/staff").status());
        assertEquals(401, new Api(api.port()).get("v1/staff").status());
    }

    /** "GET /v1/customers/{}" for every operation of the document. */
    static java.util.SortedSet<String> documentedOperations(JsonNode openapi) {
        java.util.SortedSet<String> ops = new java.util.TreeSet<>();
        openapi.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(method -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                ops.add(method.toUpperCase(java.util.Locale.ROOT) + " " + normalized(p.getKey()));
            }
        }));
        return ops;
    }

    /** The same for every resource method the Jakarta REST whiteboard serves now (its runtime DTO). */
    java.util.SortedSet<String> servedOperations() {
        org.osgi.framework.ServiceReference<org.osgi.service.jakartars.runtime.JakartarsServiceRuntime> ref =
                context.getServiceReference(org.osgi.service.jakartars.runtime.JakartarsServiceRuntime.class);
        org.osgi.service.jakartars.runtime.dto.RuntimeDTO runtime = context.getService(ref).getRuntimeDTO();
        context.ungetService(ref);
        java.util.SortedSet<String> ops = new java.util.TreeSet<>();
        List<org.osgi.service.jakartars.runtime.dto.ApplicationDTO> apps = new ArrayList<>(List.of(runtime.applicationDTOs));
        apps.add(runtime.defaultApplication);
        for (org.osgi.service.jakartars.runtime.dto.ApplicationDTO app : apps) {
            for (org.osgi.service.jakartars.runtime.dto.ResourceDTO resource : app.resourceDTOs) {
                for (org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO m : resource.resourceMethods) {
                    ops.add(m.method + " " + normalized(m.path));
                }
            }
        }
        return ops;
    }

    /** A path with its parameters' names and patterns left out and one leading slash: "/v1/x/{}". */
    static String normalized(String path) {
        String p = path.replaceAll("\\{[^}]*}", "{}").replaceAll("/+", "/");
        p = p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
        return p.startsWith("/") ? p : "/" + p;
    }

    private String rawGet(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + api.port() + "/api/" + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void municipalityListsPeopleApproachingTheFinancingLiability() {
        api.login("caseworker", "polku-demo");
        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("111280", '-', 991), "Sata", "Päivää"))
                .body().path("id").asText();
        // 100 paid benefit days after 7 days of waiting period are 107 weekdays, about 21.4 weeks: a search that started
        // 19 weeks ago reaches them within about 17 days.
        String start = Day.today().minusWeeks(19).toString();
        Api.Reply period = api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + start + "\"}");
        assertEquals(period.body().toString(), 201, period.status());
        String liabilityDate = period.body().path("municipalLiabilityDate").asText();
        JsonNode list = api.get("v1/municipalities/285/approaching-liability?withinDays=30").body();
        boolean found = false;
        for (JsonNode row : list) {
            if (row.path("customerId").asText().equals(customer)) {
                found = true;
                assertEquals(liabilityDate, row.path("liabilityDate").asText());
            }
        }
        assertTrue(list.toString(), found);
        assertEquals(404, api.get("v1/municipalities/091/approaching-liability").status());
        assertEquals(400, api.get("v1/municipalities/285/approaching-liability?withinDays=999").status());

        // Benefit days as the law counts them (HE 73/2023: a waiting period of 7 days; Kela: Monday to
        // Friday): an earlier search of 50 days ago counts, after its waiting period, into this one's.
        String again = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("080808", 'A', 953), "Toinen", "Kerta"))
                .body().path("id").asText();
        java.time.LocalDate start1 = Day.today().minusDays(300);
        java.time.LocalDate end1 = Day.today().minusDays(250);
        java.time.LocalDate start2 = Day.today().minusDays(60);
        api.post("v1/customers/" + again + "/job-search-periods", "{\"start\": \"" + start1 + "\"}");
        String first = api.get("v1/customers/" + again + "/job-search-periods").body().get(0).path("id").asText();
        assertEquals(200, api.post("v1/job-search-periods/" + first + "/end", "{\"endDate\": \"" + end1 + "\", \"reason\": \"employed\"}").status());
        JsonNode second = api.post("v1/customers/" + again + "/job-search-periods", "{\"start\": \"" + start2 + "\"}").body();
        int paidBefore = Math.max(0, weekdays(start1, end1) - 7);
        java.time.LocalDate expected = start2.minusDays(1);
        for (int n = 0; n < 100 - paidBefore; ) {
            expected = expected.plusDays(1);
            if (expected.getDayOfWeek().getValue() <= 5) {
                n++;
            }
        }
        assertEquals(second.toString(), expected.toString(), second.path("municipalLiabilityDate").asText());
        // The customer page's list counts from the searches it has loaded: the same day, and the ended search's own.
        JsonNode listed = api.get("v1/customers/" + again + "/job-search-periods").body();
        assertEquals(listed.toString(), expected.toString(), listed.get(0).path("municipalLiabilityDate").asText());
        assertEquals(listed.toString(), first, listed.get(1).path("id").asText());
        assertEquals(404, api.get("v1/customers/" + java.util.UUID.randomUUID() + "/job-search-periods").status());
        assertEquals(200, api.get("v1/customers/" + customer + "/job-search-periods").status());
        JsonNode forecast = api.get("v1/dashboard/liability-forecast").body();
        assertEquals(forecast.toString(), "[100,200,300]", forecast.path("steps").toString());
        assertTrue(forecast.toString(), forecast.path("counts").path("285").path("100").get(1).asInt() >= 1);
        JsonNode behind = api.get("v1/dashboard/liability-forecast/285?step=100&months=3").body();
        assertTrue("the figure's people: " + behind, behind.toString().contains(again) && behind.toString().contains(expected.toString()));
        assertEquals(400, api.get("v1/dashboard/liability-forecast/285?step=150&months=3").status());
        assertEquals(400, api.get("v1/dashboard/liability-forecast/285?step=100&months=two").status());
    }

    private static int weekdays(java.time.LocalDate from, java.time.LocalDate to) {
        int n = 0;
        for (java.time.LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            n += d.getDayOfWeek().getValue() <= 5 ? 1 : 0;
        }
        return n;
    }

    /** Without the authentication filter no protected resource is served at all: fail closed, never open. */
    @Test
    public void withoutAuthenticationProtectedResourcesAreNotServed() throws Exception {
        api.login("caseworker", "polku-demo");
        assertEquals(200, api.get("v1/organisation").status());
        Bundle security = polkuBundle("fi.polku.security");
        security.stop();
        try {
            // While the whiteboard rebuilds and after: refused by the resource's own check (401), as restarting (503)
            // or as not served (404); never served.
            for (int i = 0; i < 20; i++) {
                Api.Reply r = api.get("v1/organisation");
                assertTrue("not served without the filter: " + r.status() + " " + r.body(), List.of(401, 404, 503).contains(r.status()));
                Thread.sleep(100);
            }
            assertEquals("health still answers, and says DOWN", 503, api.get("health").status());
        } finally {
            security.start();
        }
        api.await("health", 200, 60);
        api.login("caseworker", "polku-demo");
        assertEquals(200, api.await("v1/organisation", 200, 30).status());
    }

    @Test
    public void interviewsRescheduleWhatCountsFromThemAndKeepNumberingTheFollowingOnes() {
        api.login("caseworker", "polku-demo");
        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("030378", '-', 973), "Jaana", "Jatkuva"))
                .body().path("id").asText();
        java.time.LocalDate start = Day.today().minusDays(30);
        String period = api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + start + "\"}").body().path("id").asText();
        java.time.LocalDate held = start.plusDays(2);
        String plan = "\"plan\": {\"applicationsPerMonth\": 4, \"contactMethod\": \"email\"}";
        Api.Reply initial = api.post("v1/job-search-periods/" + period + "/interviews", "{\"kind\": \"initial\", \"heldOn\": \"" + held
                + "\", \"prerequisites\": \"p\", \"serviceNeed\": \"s\", " + plan + "}");
        assertEquals(initial.body().toString(), 201, initial.status());
        String expected3m = fi.polku.api.time.FinnishCalendar.plusMonthsLimit(held, 3).toString();
        assertEquals("counted from the day it was held", expected3m, step(initial.body(), "job-search-interview-3m").path("due").asText());

        // A supplementary interview completes the earliest open one; its plan is optional.
        Api.Reply supplementary = api.post("v1/job-search-periods/" + period + "/interviews", "{\"kind\": \"supplementary\", \"heldOn\": \""
                + Day.today() + "\", \"mode\": \"phone\", \"notes\": \"applied for 3 jobs\"}");
        assertEquals(supplementary.body().toString(), 201, supplementary.status());
        if (initial.body().path("ruleSet").asText().equals("2025")) {
            assertEquals("done", step(supplementary.body(), "supplementary-interview-1").path("state").asText());
            assertEquals("open", step(supplementary.body(), "supplementary-interview-2").path("state").asText());
        }
        assertEquals("no new plan version", 1, supplementary.body().path("plan").path("version").asInt());
        assertEquals(400, api.post("v1/job-search-periods/" + period + "/interviews", "{\"kind\": \"coffee\", \"heldOn\": \"2025-01-01\"}").status());

        Api.Reply first = api.post("v1/job-search-periods/" + period + "/interviews", "{\"kind\": \"job-search\", \"heldOn\": \""
                + Day.today() + "\", " + plan + "}");
        assertEquals(first.body().toString(), 201, first.status());
        assertEquals(2, first.body().path("plan").path("version").asInt());
        assertEquals("open", step(first.body(), "job-search-interview-6m").path("state").asText());
        Api.Reply second = api.post("v1/job-search-periods/" + period + "/interviews", "{\"kind\": \"job-search\", \"heldOn\": \""
                + Day.today() + "\", " + plan + "}");
        assertEquals(second.body().toString(), 201, second.status());
        assertEquals("open", step(second.body(), "job-search-interview-9m").path("state").asText());
        assertEquals(3, second.body().path("planHistory").size());
        assertEquals("earlier versions are kept", 1, second.body().path("planHistory").get(2).path("version").asInt());

        assertEquals(400, api.post("v1/job-search-periods/" + period + "/end", "{\"endDate\": \"2205-01-01\", \"reason\": \"typo\"}").status());
        Api.Reply ended = api.post("v1/job-search-periods/" + period + "/end", "{\"endDate\": \"" + Day.today() + "\", \"reason\": \"employed\"}");
        assertEquals(200, ended.status());
        assertEquals("cancelled", step(ended.body(), "job-search-interview-9m").path("state").asText());
        assertEquals("a new search starts after the previous one ended", 409,
                api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + start.plusDays(5) + "\"}").status());
    }

    private static JsonNode step(JsonNode period, String step) {
        for (JsonNode s : period.path("timeline")) {
            if (s.path("step").asText().equals(step)) {
                return s;
            }
        }
        throw new AssertionError("no step " + step + " in " + period.path("timeline"));
    }

    @Test
    public void customersAreFoundByNamePrefixOrIdentityCodeAndTheSearchIsAudited() {
        api.login("caseworker", "polku-demo");
        String code = Api.syntheticIdentityCode("220899", '-', 939);
        String id = api.post("v1/customers", Api.customerJson(code, "Hilkka", "Haettavainen")).body().path("id").asText();
        JsonNode page = api.get("v1/customers?q=haettav").body();
        assertEquals(page.toString(), 1, page.path("total").asInt());
        JsonNode byName = page.path("items");
        assertEquals(byName.toString(), 1, byName.size());
        assertEquals(id, byName.get(0).path("id").asText());
        assertEquals("masked in lists", "220899-****", byName.get(0).path("identityCode").asText());
        assertEquals("told apart by birth year", 1999, byName.get(0).path("birthYear").asInt());
        assertEquals("none", byName.get(0).path("jobSearch").asText());
        assertEquals(1, api.get("v1/customers?q=Haettavainen%20hil").body().path("total").asInt());
        assertEquals(0, api.get("v1/customers?q=Haettavainen%20x").body().path("total").asInt());
        // The orders people write names in: "Last, First", "First Last", a first name alone.
        assertEquals(id, api.get("v1/customers?q=Haettavainen,%20Hilkka").body().path("items").get(0).path("id").asText());
        assertEquals(id, api.get("v1/customers?q=Hilkka%20Haettavainen").body().path("items").get(0).path("id").asText());
        assertTrue(api.get("v1/customers?q=Hilkka&limit=100").body().path("items").toString().contains(id));
        // A birth date, the Finnish way or as the code's six digits.
        assertTrue(api.get("v1/customers?q=22.8.1999").body().path("items").toString().contains(id));
        assertTrue(api.get("v1/customers?q=220899").body().path("items").toString().contains(id));
        assertEquals(400, api.get("v1/customers?q=31.2.1999").status());
        assertEquals(id, api.get("v1/customers?q=" + code).body().path("items").get(0).path("id").asText());
        assertEquals(0, api.get("v1/customers?q=" + Api.syntheticIdentityCode("220899", '-', 938)).body().path("total").asInt());
        assertEquals(400, api.get("v1/customers?q=h").status());
        assertEquals(400, api.get("v1/customers?q=220899-939X").status());
        assertEquals(400, api.get("v1/customers?q=virt&offset=-1").status());
        assertEquals(400, api.get("v1/customers?q=virt&limit=0").status());
        assertEquals("a % is a character, not a wildcard", 0, api.get("v1/customers?q=%25%25").body().path("total").asInt());
        // Opened lately: the customer's page read puts them first on the caseworker's own list.
        assertEquals(200, api.get("v1/customers/" + id).status());
        assertEquals(id, api.get("v1/customers/recent").body().get(0).path("id").asText());

        Api admin = new Api(api.port());
        admin.login("admin", "polku-demo");
        String trail = admin.get("v1/audit/customers/" + id).body().toString();
        assertTrue(trail.contains("customer.search-by-identity-code"));
        assertTrue("a person in the results of a name search has it in their own trail: " + trail, trail.contains("customer.search"));
        assertTrue("a search for a code that finds nobody is on record too, without the code",
                admin.get("v1/audit/events?action=customer.search-by-identity-code").body().toString().contains("no customer found"));
    }

    /**
     * A working day's lists and ownership: pages with their total, filters and orders checked,
     * a unit lead giving a task and naming a responsible caseworker (both audited), contact
     * details changed in versions, a job search ended only for a reason on the list, and the
     * audit log answering for one person by identity code.
     */
    @Test
    public void listsArePagedAndLeadsAssignWorkAndContactDetailsKeepTheirVersions() {
        api.login("caseworker", "polku-demo");
        JsonNode page = api.get("v1/units/initial/queue?limit=2").body();
        long total = page.path("total").asLong();
        assertTrue("the initial services' queue: " + page, total > 2);
        assertEquals(2, page.path("items").size());
        JsonNode next = api.get("v1/units/initial/queue?limit=2&offset=2").body();
        assertEquals(total, next.path("total").asLong());
        assertFalse("the second page does not repeat the first", next.path("items").toString()
                .contains(page.path("items").get(0).path("taskId").asText()));
        for (JsonNode t : api.get("v1/units/initial/queue?overdue=true&limit=500").body().path("items")) {
            assertTrue("only overdue ones with the filter", t.path("overdue").asBoolean());
        }
        assertEquals(api.get("v1/units/initial/queue/counts").body().path("overdue").asLong(),
                api.get("v1/units/initial/queue?overdue=true&limit=1").body().path("total").asLong());
        assertEquals(400, api.get("v1/worklist?sort=bogus").status());
        assertEquals(400, api.get("v1/worklist?overdue=maybe").status());
        assertEquals(400, api.get("v1/worklist?municipality=091").status());
        assertEquals(400, api.get("v1/worklist?offset=-5").status());
        assertEquals("a caseworker sees only their own worklist", 403, api.get("v1/worklist?worker=korhonen").status());
        assertEquals(403, api.get("v1/units/guidance/workload").status());

        String code = Api.syntheticIdentityCode("110893", '-', 944);
        String customer = api.post("v1/customers", Api.customerJson(code, "Ville", "Vastuullinen")).body().path("id").asText();
        assertEquals(201, api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + Day.today()
                + "\", \"status\": \"unemployed\"}").status());
        String task = api.get("v1/customers/" + customer + "/job-search-periods").body().get(0).path("timeline").get(0).path("taskId").asText();

        Api lead = new Api(api.port());
        lead.login("lead", "polku-demo");
        assertEquals(400, lead.post("v1/tasks/" + task + "/assign", "{\"worker\": \"nobody\"}").status());
        assertEquals(403, api.post("v1/tasks/" + task + "/assign", "{\"worker\": \"korhonen\"}").status());
        assertEquals(204, lead.post("v1/tasks/" + task + "/assign", "{\"worker\": \"korhonen\"}").status());
        assertTrue(lead.get("v1/worklist?worker=korhonen&limit=500").body().toString().contains(task));
        JsonNode team = lead.get("v1/units/guidance/workload").body();
        assertTrue("korhonen in the lead's team: " + team, team.path("workers").toString().contains("\"korhonen\""));
        assertEquals(403, api.put("v1/customers/" + customer + "/responsible-worker", "{\"worker\": \"caseworker\"}").status());
        assertEquals("korhonen", lead.put("v1/customers/" + customer + "/responsible-worker", "{\"worker\": \"korhonen\"}").body()
                .path("responsibleWorker").asText());
        assertEquals("korhonen", api.get("v1/customers?q=" + code).body().path("items").get(0).path("responsibleWorker").asText());

        assertEquals(400, api.put("v1/customers/" + customer + "/contact", "{\"language\": \"fi\", \"email\": \"no\"}").status());
        assertEquals(0, api.get("v1/customers/" + customer + "/contact-versions").body().size());
        JsonNode changed = api.put("v1/customers/" + customer + "/contact", "{\"language\": \"fi\", \"phone\": \"040 111 2222\", "
                + "\"preferredChannel\": \"phone\", \"postalCode\": \"49400\", \"postOffice\": \"Hamina\", \"reason\": \"muutti\"}").body();
        assertEquals("Hamina", changed.path("postOffice").asText());
        JsonNode versions = api.get("v1/customers/" + customer + "/contact-versions").body();
        assertEquals(versions.toString(), 2, versions.size());
        assertEquals("muutti", versions.get(0).path("reason").asText());
        assertEquals("the registered details are version 1", 1, versions.get(1).path("version").asInt());

        String period = api.get("v1/customers/" + customer + "/job-search-periods").body().get(0).path("id").asText();
        Api.Reply badReason = api.post("v1/job-search-periods/" + period + "/end", "{\"endDate\": \"" + Day.today() + "\", \"reason\": \"got bored\"}");
        assertEquals(400, badReason.status());
        assertTrue(badReason.body().toString(), badReason.body().path("fields").has("reason"));
        assertEquals("studies", api.post("v1/job-search-periods/" + period + "/end", "{\"endDate\": \"" + Day.today()
                + "\", \"reason\": \"studies\"}").body().path("endReason").asText());

        Api admin = new Api(api.port());
        admin.login("admin", "polku-demo");
        JsonNode events = admin.get("v1/audit/events?identityCode=" + code + "&limit=500").body();
        String all = events.toString();
        for (String action : List.of("task.assign", "customer.responsible-worker", "customer.contact-change", "period.end")) {
            assertTrue(action + " on the person's record: " + all, all.contains("\"" + action + "\""));
        }
        assertTrue("the search itself is on the person's record", admin.get("v1/audit/customers/" + customer).body().toString()
                .contains("audit.search-by-identity-code"));
        assertEquals(400, admin.get("v1/audit/events?from=2026-12-05&to=2026-12-01").status());
        Api.Reply csv = admin.get("v1/audit/events.csv?identityCode=" + code);
        assertEquals(200, csv.status());
        assertTrue(csv.raw().body(), csv.raw().body().contains("\"customer.contact-change\"") && csv.raw().body().contains("Vastuullinen, Ville"));
    }

    /**
     * Who gets which step, by the rule parameters (Työmarkkinatori's guidance, marked unverified):
     * a student's job search has no job-search interviews, and a search that begins less than six
     * months after the previous one ended has no new initial interview.
     */
    @Test
    public void theStepsDependOnTheStatusAndOnThePreviousJobSearch() {
        api.login("caseworker", "polku-demo");
        String code = Api.syntheticIdentityCode("040404", 'A', 946);
        String again = api.post("v1/customers", Api.customerJson(code, "Uusi", "Ilmoittautuja")).body().path("id").asText();
        assertEquals(201, api.post("v1/customers/" + again + "/job-search-periods", "{\"start\": \"" + Day.today().minusDays(40)
                + "\", \"status\": \"unemployed\"}").status());
        String first = api.get("v1/customers/" + again + "/job-search-periods").body().get(0).path("id").asText();
        assertEquals(200, api.post("v1/job-search-periods/" + first + "/end", "{\"endDate\": \"" + Day.today().minusDays(20)
                + "\", \"reason\": \"employed\"}").status());
        JsonNode second = api.post("v1/customers/" + again + "/job-search-periods", "{\"start\": \"" + Day.today().minusDays(10)
                + "\", \"status\": \"student\"}").body();
        String steps = second.path("timeline").toString();
        assertFalse("no new initial interview within six months of the previous search: " + steps, steps.contains("\"initial-interview\""));
        assertFalse("no job-search interviews for a student: " + steps, steps.contains("job-search-interview"));

        String fresh = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("050505", 'A', 947), "Ensi", "Kertalainen"))
                .body().path("id").asText();
        String control = api.post("v1/customers/" + fresh + "/job-search-periods", "{\"start\": \"" + Day.today().minusDays(10)
                + "\", \"status\": \"unemployed\"}").body().path("timeline").toString();
        assertTrue("a first search begins with an initial interview: " + control, control.contains("\"initial-interview\""));
        assertTrue("the unemployed have job-search interviews: " + control, control.contains("job-search-interview"));
    }

    /** The rule set in force on a day, as TEM's page on the 2026 amendment dates its stages. */
    private static String ruleSetInForce(java.time.LocalDate day) {
        return day.isBefore(java.time.LocalDate.of(2026, 1, 1)) ? "2025" : day.isBefore(java.time.LocalDate.of(2026, 3, 1)) ? "2026"
                : day.isBefore(java.time.LocalDate.of(2026, 9, 1)) ? "2026-03" : "2026-09";
    }

    /**
     * A neglect from its record to the labour-policy statement, each judged by the rules of its
     * day (Kela's release on the 1.3.2026 change: until then a first neglect is a reminder; from
     * then a first one is 7 days, a second a 6-week employment requirement, within a year of the
     * first; HE 108/2025 28 §: from March a missed interview ends the job search).
     */
    @Test
    public void aNeglectIsHeardDecidedByTheRulesOfItsDayAndStated() {
        api.login("caseworker", "polku-demo");
        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("070707", 'A', 952), "Kaisa", "Kuultava"))
                .body().path("id").asText();
        Api.Reply started = api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"2026-02-02\", \"status\": \"unemployed\"}");
        assertEquals(started.body().toString(), 201, started.status());
        String period = started.body().path("id").asText();

        Api.Reply bad = api.post("v1/job-search-periods/" + period + "/neglects", "{\"kind\": \"sleeping\", \"occurredOn\": \"2099-01-01\"}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().toString(), bad.body().path("fields").has("kind") && bad.body().path("fields").has("occurredOn"));
        assertEquals("before the job search", 400, api.post("v1/job-search-periods/" + period + "/neglects",
                "{\"kind\": \"no-plan\", \"occurredOn\": \"2026-01-20\"}").status());

        Api.Reply first = api.post("v1/job-search-periods/" + period + "/neglects",
                "{\"kind\": \"job-applications\", \"occurredOn\": \"2026-02-20\", \"description\": \"Hakemuksia 1/4\"}");
        assertEquals(first.body().toString(), 201, first.status());
        JsonNode c1 = first.body().path("consequence");
        assertEquals("hearing", first.body().path("state").asText());
        assertEquals("2026", c1.path("ruleSet").asText());
        assertTrue("before 1.3.2026 a first neglect is a reminder: " + c1, c1.path("reminder").asBoolean());
        assertEquals(0, c1.path("benefitLossDays").asInt());
        String n1 = first.body().path("id").asText();
        assertTrue("the decision waits on the recorder's worklist", api.get("v1/worklist?step=neglect-decision&limit=500").body().toString().contains(period));

        Api.Reply early = api.post("v1/neglects/" + n1 + "/decision", "{\"validReason\": false, \"reasoning\": \"Ei selvitystä\"}");
        assertEquals("not decided while the hearing is open", 409, early.status());
        assertEquals(200, api.post("v1/neglects/" + n1 + "/explanation", "{\"explanation\": \"Unohdin.\"}").status());
        Api.Reply decided = api.post("v1/neglects/" + n1 + "/decision", "{\"validReason\": false, \"reasoning\": \"Unohtaminen ei ole hyväksyttävä syy.\"}");
        assertEquals(decided.body().toString(), 200, decided.status());
        assertEquals("neglect", decided.body().path("state").asText());

        Api.Reply second = api.post("v1/job-search-periods/" + period + "/neglects", "{\"kind\": \"missed-interview\", \"occurredOn\": \"2026-03-10\"}");
        JsonNode c2 = second.body().path("consequence");
        assertEquals(second.body().toString(), "2026-03", c2.path("ruleSet").asText());
        assertEquals("the second within a year of the first", 2, c2.path("ordinal").asInt());
        assertEquals(6, c2.path("employmentRequirementWeeks").asInt());
        assertTrue(c2.path("jobSearchEnds").asBoolean());
        String n2 = second.body().path("id").asText();
        assertEquals(200, api.post("v1/neglects/" + n2 + "/explanation", "{\"explanation\": \"En nähnyt kutsua.\", \"receivedOn\": \"" + Day.today() + "\"}").status());
        assertEquals(200, api.post("v1/neglects/" + n2 + "/decision", "{\"validReason\": false, \"reasoning\": \"Kutsu lähetettiin sovitulla tavalla.\"}").status());
        JsonNode ended = api.get("v1/customers/" + customer + "/job-search-periods").body().get(0);
        assertEquals("the job search ends on the day of the missed interview", "2026-03-10", ended.path("endDate").asText());
        assertEquals("neglect", ended.path("endReason").asText());

        JsonNode list = api.get("v1/job-search-periods/" + period + "/neglects").body();
        assertEquals(2, list.path("total").asInt());
        assertEquals(n2, list.path("items").get(0).path("id").asText());

        java.net.http.HttpResponse<byte[]> pdf = api.bytes("v1/neglects/" + n2 + "/statement.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue("a PDF", new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));

        Api.Reply noFund = api.post("v1/neglects/" + n2 + "/statement-sent", "{\"recipient\": \"fund\"}");
        assertEquals(400, noFund.status());
        assertTrue(noFund.body().path("fields").has("fund"));
        assertEquals(200, api.post("v1/neglects/" + n2 + "/statement-sent", "{\"recipient\": \"fund\", \"fund\": \"Testikassa\"}").status());
        assertEquals("sent once", 409, api.post("v1/neglects/" + n2 + "/statement-sent", "{\"recipient\": \"kela\"}").status());

        JsonNode unsent = api.get("v1/labour-policy-statements?from=" + Day.today() + "&sent=false").body();
        assertTrue(unsent.toString(), unsent.toString().contains(n1) && !unsent.toString().contains(n2));
        JsonNode all = api.get("v1/labour-policy-statements?from=" + Day.today()).body();
        assertTrue("the payer gets the identity code", all.toString().contains(Api.syntheticIdentityCode("070707", 'A', 952)));
        assertEquals(400, api.get("v1/labour-policy-statements?from=2020-01-01&to=2026-01-01").status());
    }

    @Test
    public void everyPersonAListShowsHasItInTheirOwnTrail() {
        api.login("caseworker", "polku-demo");
        JsonNode worklist = api.get("v1/worklist").body().path("items");
        assertTrue("the demo caseworker has tasks", worklist.size() > 0);
        String shown = worklist.get(worklist.size() - 1).path("customerId").asText();
        Api admin = new Api(api.port());
        admin.login("admin", "polku-demo");
        String trail = admin.get("v1/audit/customers/" + shown).body().toString();
        assertTrue("the worklist read is in the trail of a person it showed: " + trail,
                trail.contains("\"actor\":\"caseworker\"") && trail.contains("worklist.read"));
        // The list's own event, without a customer, is written in the same statement.
        String lists = admin.get("v1/audit/events?actor=caseworker&action=worklist.read&limit=200").body().toString();
        assertTrue("the worklist read is recorded as the list it was: " + lists,
                lists.contains("worklist caseworker, " + worklist.size() + " rows from 0"));
    }

    /** Modules route per municipality, come and go live, and a missing one is a fault for admins only. */
    @Test
    public void modulesAreRoutedPerMunicipalityAndFollowBundlesAndConfigLive() throws Exception {
        // The area's own coaching module is stopped: this test stands in a module of its own.
        Bundle realCoaching = polkuBundle("fi.polku.coaching");
        realCoaching.stop();
        // So is the subsidies module: the test counts on a mapped module that is not installed (subsidies-default).
        Bundle realSubsidies = polkuBundle("fi.polku.subsidies");
        realSubsidies.stop();
        // And the training, trials, Ohjaamo, co-operation, integration, guidance and employer-services modules: the counts below are of the stand-in alone.
        Bundle realTraining = polkuBundle("fi.polku.training");
        realTraining.stop();
        Bundle realTrials = polkuBundle("fi.polku.trials");
        realTrials.stop();
        Bundle realOhjaamo = polkuBundle("fi.polku.ohjaamo");
        realOhjaamo.stop();
        Bundle realMultisector = polkuBundle("fi.polku.multisector");
        realMultisector.stop();
        Bundle realIntegration = polkuBundle("fi.polku.integration");
        realIntegration.stop();
        Bundle realGuidance = polkuBundle("fi.polku.guidance");
        realGuidance.stop();
        Bundle realEmployer = polkuBundle("fi.polku.employer");
        realEmployer.stop();
        try {
            api.login("caseworker", "polku-demo");
            Api admin = new Api(api.port());
            admin.login("admin", "polku-demo");
            assertEquals("Service not available at the moment.", offer(api.get("v1/modules/offers/285").body(), "coaching").path("message").asText());
    
            fi.polku.api.module.ServiceModule coaching = () -> fi.polku.api.module.ModuleDescriptor.builder("coaching-default", "coaching").provider("Etelä-Kymenlaakson työllisyysalue")
                    .productionMode(fi.polku.api.module.ProductionMode.OWN_PRODUCTION).names(Map.of("fi", "Työnhakuvalmennus", "sv", "Jobbsökarträning", "en", "Job-search coaching")).build();
            org.osgi.framework.ServiceRegistration<fi.polku.api.module.ServiceModule> reg =
                    context.registerService(fi.polku.api.module.ServiceModule.class, coaching, null);
            Path kotka = Path.of(context.getProperty("polku.test.configs"), "fi.polku.municipality~kotka.cfg.json");
            String original = Files.readString(kotka);
            try {
                JsonNode offer = offer(api.get("v1/modules/offers/285").body(), "coaching");
                assertTrue(offer.toString(), offer.path("available").asBoolean());
                assertEquals("Työnhakuvalmennus", offer.path("name").asText());
                JsonNode overview = admin.get("v1/modules").body();
                assertTrue(overview.toString(), overview.path("installed").get(0).path("usedBy").size() == 5);
                assertTrue("subsidies are mapped but not installed: a fault", overview.path("faults").toString().contains("subsidies-default"));
                assertEquals("caseworkers do not see the admin overview", 403, api.get("v1/modules").status());
                assertTrue(api.get("health").body().path("modules").toString().contains("coaching-default"));
    
                // Kotka alone changes its coaching module: live, the others keep theirs.
                Files.writeString(kotka, original.replace("\"module.coaching\": \"coaching-default\"", "\"module.coaching\": \"kotka-coaching-partner\""));
                Eventually.until("Kotka's coaching unavailable with its module not installed",
                        () -> !offer(api.get("v1/modules/offers/285").body(), "coaching").path("available").asBoolean());
                assertFalse(offer(api.get("v1/modules/offers/285").body(), "coaching").path("available").asBoolean());
                assertTrue(offer(api.get("v1/modules/offers/075").body(), "coaching").path("available").asBoolean());
                JsonNode changes = admin.get("v1/audit/events?action=module-mapping.change").body();
                assertTrue("the mapping change is audited: " + changes, changes.toString().contains("kotka-coaching-partner"));
            } finally {
                Files.writeString(kotka, original);
                reg.unregister();
            }
            assertFalse("the module's bundle went: not available", offer(api.get("v1/modules/offers/075").body(), "coaching").path("available").asBoolean());
            assertEquals(404, api.get("v1/modules/offers/091").status());
    
            // A module that hangs when asked what it is cannot hang anybody: it is left out, after a time limit.
            fi.polku.api.module.ServiceModule hanging = () -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            };
            org.osgi.framework.ServiceRegistration<fi.polku.api.module.ServiceModule> bad =
                    context.registerService(fi.polku.api.module.ServiceModule.class, hanging, null);
            try {
                assertEquals(200, api.get("v1/modules/offers/285").status());
                assertEquals(0, admin.get("v1/modules").body().path("installed").size());
            } finally {
                bad.unregister();
            }
        } finally {
            realTraining.start();
            realTrials.start();
            realOhjaamo.start();
            realMultisector.start();
            realIntegration.start();
            realGuidance.start();
            realEmployer.start();
            realSubsidies.start();
            realCoaching.start();
            awaitCoachingDefaultEverywhere();
        }
    }

    /** A referral travels from caseworker to partner; the partner sees only what the referral needs. */
    @Test
    public void referralLifecycleWithAPartnerThatSeesOnlyItsOwn() throws Exception {
        // The area's own coaching module is stopped: this test stands in a module of its own.
        Bundle realCoaching = polkuBundle("fi.polku.coaching");
        realCoaching.stop();
        // So is the subsidies module: the test counts on a mapped module that is not installed (subsidies-default).
        Bundle realSubsidies = polkuBundle("fi.polku.subsidies");
        realSubsidies.stop();
        try {
            fi.polku.api.module.ServiceModule coaching = () -> fi.polku.api.module.ModuleDescriptor.builder("coaching-default", "coaching").provider("Etelä-Kymenlaakson työllisyysalue")
                    .productionMode(fi.polku.api.module.ProductionMode.OWN_PRODUCTION).names(Map.of("fi", "Työnhakuvalmennus", "sv", "Työnhakuvalmennus", "en", "Työnhakuvalmennus")).build();
            org.osgi.framework.ServiceRegistration<fi.polku.api.module.ServiceModule> reg =
                    context.registerService(fi.polku.api.module.ServiceModule.class, coaching, null);
            try {
                api.login("caseworker", "polku-demo");
                String code = Api.syntheticIdentityCode("041188", '-', 962);
                String customer = api.post("v1/customers", "{\"identityCode\": \"" + code + "\", \"firstName\": \"Reetta\", "
                        + "\"lastName\": \"Ohjattava\", \"municipalityCode\": \"075\", \"language\": \"sv\", "
                        + "\"email\": \"reetta@example.fi\", \"preferredChannel\": \"email\"}").body().path("id").asText();
                assertEquals("subsidies-default is mapped but not installed", 409,
                        api.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"subsidies\", \"purpose\": \"x\"}").status());
                assertEquals(400, api.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"coaching\"}").status());
                Api.Reply referred = api.post("v1/customers/" + customer + "/referrals",
                        "{\"serviceType\": \"coaching\", \"purpose\": \"Job-search coaching, online\"}");
                assertEquals(referred.body().toString(), 201, referred.status());
                String referral = referred.body().path("id").asText();
                assertEquals("referred", referred.body().path("state").asText());
    
                Api partner = new Api(api.port());
                partner.login("partner", "polku-demo");
                assertEquals("a partner is not a caseworker", 403, partner.get("v1/customers/" + customer).status());
                JsonNode mine = partner.get("v1/partner/referrals").body().path("items");
                JsonNode row = null;
                for (JsonNode r : mine) {
                    if (r.path("id").asText().equals(referral)) {
                        row = r;
                    }
                }
                assertNotNull(mine.toString(), row);
                assertEquals("Reetta", row.path("firstName").asText());
                assertEquals("sv", row.path("language").asText());
                assertEquals("reetta@example.fi", row.path("contact").asText());
                assertFalse("never the identity code", mine.toString().contains(code.substring(0, 6)));
                assertTrue(row.path("customerId").isMissingNode());
    
                assertEquals(409, partner.post("v1/partner/referrals/" + referral + "/start", "{}").status());
                assertEquals(400, partner.post("v1/partner/referrals/" + referral + "/decline", "{}").status());
                assertEquals("accepted", partner.post("v1/partner/referrals/" + referral + "/accept", "{}").body().path("state").asText());
                assertEquals("started", partner.post("v1/partner/referrals/" + referral + "/start", "{}").body().path("state").asText());
                Api.Reply done = partner.post("v1/partner/referrals/" + referral + "/complete", "{\"note\": \"completed, applied for 6 jobs\"}");
                assertEquals("completed", done.body().path("state").asText());
                assertEquals(404, partner.post("v1/partner/referrals/" + referral + "/explode", "{}").status());
                assertEquals("completed", api.get("v1/customers/" + customer + "/referrals").body().get(0).path("state").asText());
    
                Api admin = new Api(api.port());
                admin.login("admin", "polku-demo");
                String trail = admin.get("v1/audit/customers/" + customer).body().toString();
                assertTrue(trail, trail.contains("partner.referral-read") && trail.contains("referral.completed"));
            } finally {
                reg.unregister();
            }
        } finally {
            realSubsidies.start();
            realCoaching.start();
            awaitCoachingDefaultEverywhere();
        }
    }

    /** A module's own conditions decide eligibility; a module that hangs is answered for, in time. */
    @Test
    public void moduleDecidesEligibilityAndAHangingModuleCannotHoldTheCaseworker() throws Exception {
        // The area's own subsidies module is stopped: this test stands in a module of its own.
        Bundle realSubsidies = polkuBundle("fi.polku.subsidies");
        realSubsidies.stop();
        try {
            standInSubsidiesModuleDecidesEligibility();
        } finally {
            realSubsidies.start();
        }
    }

    private void standInSubsidiesModuleDecidesEligibility() {
        fi.polku.api.module.ServiceModule subsidies = new fi.polku.api.module.ServiceModule() {
            @Override
            public fi.polku.api.module.ModuleDescriptor descriptor() {
                return fi.polku.api.module.ModuleDescriptor.builder("subsidies-default", "subsidies").provider("Etelä-Kymenlaakson työllisyysalue")
                    .productionMode(fi.polku.api.module.ProductionMode.OWN_PRODUCTION).names(Map.of("fi", "Tuet ja korvaukset", "sv", "Tuet ja korvaukset", "en", "Tuet ja korvaukset")).build();
            }

            @Override
            public fi.polku.api.module.Eligibility eligibility(fi.polku.api.module.ReferralSubject s) {
                if (s.age() < 55) {
                    return fi.polku.api.module.Eligibility.no(Map.of("fi", "Vain 55 vuotta täyttäneille (testisääntö)", "sv", "Bara för personer som fyllt 55 år (testregel)",
                            "en", "the employment subsidy is for people aged 55 or more (test rule)"));
                }
                throw new IllegalStateException("broken for older people");
            }
        };
        org.osgi.framework.ServiceRegistration<fi.polku.api.module.ServiceModule> reg =
                context.registerService(fi.polku.api.module.ServiceModule.class, subsidies, null);
        try {
            api.login("caseworker", "polku-demo");
            String young = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("150595", '-', 921), "Nuori", "Tukija"))
                    .body().path("id").asText();
            Api.Reply refused = api.post("v1/customers/" + young + "/referrals", "{\"serviceType\": \"subsidies\", \"purpose\": \"employment subsidy\"}");
            assertEquals(409, refused.status());
            assertTrue(refused.message(), refused.message().contains("aged 55 or more"));

            String older = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("150565", '-', 921), "Vanhempi", "Tukija"))
                    .body().path("id").asText();
            Api.Reply failing = api.post("v1/customers/" + older + "/referrals", "{\"serviceType\": \"subsidies\", \"purpose\": \"employment subsidy\"}");
            assertEquals(failing.body().toString(), 409, failing.status());
            assertTrue(failing.message(), failing.message().contains("not available at the moment"));
            assertEquals("nothing was saved", 0, api.get("v1/customers/" + older + "/referrals").body().size());
        } finally {
            reg.unregister();
        }
    }

    /** An IT admin installs a partner's bundle after it is checked, stops, starts and removes it; bad ones are refused. */
    @Test
    public void adminInstallsChecksAndRemovesDeployedBundles() throws Exception {
        Api admin = new Api(api.port());
        admin.login("admin", "polku-demo");
        Api.Reply notJar = admin.postBytes("v1/admin/bundles?file=x.jar", "hello".getBytes());
        assertEquals(400, notJar.status());
        assertTrue(notJar.message(), notJar.message().contains("not an OSGi bundle") || notJar.message().contains("MANIFEST"));
        assertEquals(400, admin.postBytes("v1/admin/bundles", jar(null, "fi.polku.api.module;version=\"[1.0,2)\"")).status());
        Api.Reply wrongApi = admin.postBytes("v1/admin/bundles", jar("com.example.partner.old", "fi.polku.api.module;version=\"[2.0,3)\""));
        assertEquals(400, wrongApi.status());
        assertTrue(wrongApi.message(), wrongApi.message().contains("fi.polku.api.module") && wrongApi.message().contains("nothing was installed"));
        assertEquals(400, admin.postBytes("v1/admin/bundles", jar("fi.polku.case", "fi.polku.api.module")).status());

        Api.Reply installed = admin.postBytes("v1/admin/bundles?file=partner.jar", jar("com.example.partner.coaching", "fi.polku.api.module;version=\"[1.0,2)\""));
        assertEquals(installed.body().toString(), 201, installed.status());
        assertEquals("ACTIVE", installed.body().path("state").asText());
        assertEquals("deploy", installed.body().path("kind").asText());
        long id = installed.body().path("id").asLong();
        assertEquals("RESOLVED", admin.post("v1/admin/bundles/" + id + "/stop", "").body().path("state").asText());
        assertEquals("ACTIVE", admin.post("v1/admin/bundles/" + id + "/start", "").body().path("state").asText());
        assertEquals(204, admin.delete("v1/admin/bundles/" + id).status());
        assertNull("removed", context.getBundle(id));
        assertEquals(409, admin.delete("v1/admin/bundles/" + polkuBundle("fi.polku.case").getBundleId()).status());

        api.login("caseworker", "polku-demo");
        assertEquals(403, api.get("v1/admin/bundles").status());
        String events = admin.get("v1/audit/events?actor=admin&limit=50").body().toString();
        assertTrue(events, events.contains("bundle.install") && events.contains("bundle.refused") && events.contains("bundle.uninstall"));
    }

    /** The admin API changes one municipality's mapping by writing its configuration file: live, audited, only there. */
    @Test
    public void adminChangesOneMunicipalitysModuleMapping() throws Exception {
        // The area's own coaching module is stopped: this test stands in a module of its own.
        Bundle realCoaching = polkuBundle("fi.polku.coaching");
        realCoaching.stop();
        // So is the subsidies module: the test counts on a mapped module that is not installed (subsidies-default).
        Bundle realSubsidies = polkuBundle("fi.polku.subsidies");
        realSubsidies.stop();
        try {
            fi.polku.api.module.ServiceModule coaching = () -> fi.polku.api.module.ModuleDescriptor.builder("coaching-default", "coaching").provider("Etelä-Kymenlaakson työllisyysalue")
                    .productionMode(fi.polku.api.module.ProductionMode.OWN_PRODUCTION).names(Map.of("fi", "Työnhakuvalmennus", "sv", "Työnhakuvalmennus", "en", "Työnhakuvalmennus")).build();
            org.osgi.framework.ServiceRegistration<fi.polku.api.module.ServiceModule> reg =
                    context.registerService(fi.polku.api.module.ServiceModule.class, coaching, null);
            Api admin = new Api(api.port());
            admin.login("admin", "polku-demo");
            api.login("caseworker", "polku-demo");
            try {
                Api.Reply changed = admin.put("v1/admin/municipalities/075/modules/coaching", "{\"moduleId\": \"hamina-coaching\"}");
                assertEquals(changed.body().toString(), 200, changed.status());
                assertTrue(changed.body().path("note").asText().contains("not installed"));
                Eventually.until("Hamina's coaching unavailable with its module not installed",
                        () -> !offer(api.get("v1/modules/offers/075").body(), "coaching").path("available").asBoolean());
                assertFalse(offer(api.get("v1/modules/offers/075").body(), "coaching").path("available").asBoolean());
                assertTrue("Kotka keeps its module", offer(api.get("v1/modules/offers/285").body(), "coaching").path("available").asBoolean());
                assertEquals(400, admin.put("v1/admin/municipalities/075/modules/Coaching!", "{\"moduleId\": \"x\"}").status());
                // A kebab-case word that no law and no installed module knows is a typing error, not a new service.
                Api.Reply unknown = admin.put("v1/admin/municipalities/075/modules/coachnig", "{\"moduleId\": \"coaching-default\"}");
                assertEquals(unknown.body().toString(), 400, unknown.status());
                assertEquals("unknown-service-type", unknown.body().path("code").asText());
                assertFalse("nothing was written to Hamina's configuration",
                        admin.get("v1/modules").body().path("routes").toString().contains("coachnig"));
                assertEquals(404, admin.put("v1/admin/municipalities/091/modules/coaching", "{\"moduleId\": \"x\"}").status());
                assertEquals(403, api.put("v1/admin/municipalities/075/modules/coaching", "{\"moduleId\": \"x\"}").status());
            } finally {
                assertEquals(200, admin.put("v1/admin/municipalities/075/modules/coaching", "{\"moduleId\": \"coaching-default\"}").status());
                Eventually.until("Hamina's coaching available again",
                        () -> offer(api.get("v1/modules/offers/075").body(), "coaching").path("available").asBoolean());
                reg.unregister();
            }
            String events = admin.get("v1/audit/events?limit=200").body().toString();
            assertTrue(events, events.contains("module-mapping.request") && events.contains("hamina-coaching"));
    
            // The same from the admin shell.
            String routes = gogo("polku:routes");
            assertTrue(routes, routes.contains("285") && routes.contains("subsidies-default") && routes.contains("NOT_INSTALLED"));
            assertTrue(gogo("polku:map 489 multisector -"), gogo("polku:map 489 multisector -").contains("applies within a second"));
            Eventually.until("the shell's mapping applied", () -> gogo("polku:routes").contains("NOT_OFFERED"));
            assertTrue(gogo("polku:routes").contains("NOT_OFFERED"));
            assertTrue(gogo("polku:map 489 multisector multisector-default").contains("applies within a second"));
        } finally {
            realSubsidies.start();
            realCoaching.start();
            awaitCoachingDefaultEverywhere();
        }
    }

    private String gogo(String command) throws Exception {
        return Gogo.run(context, command);
    }

    /** The partner developer kit's example, built apart against the API only, installed by an admin into the running platform. */
    @Test
    public void partnerExampleBundleIsInstalledServesKotkaAndGoesAway() throws Exception {
        Path jar = Path.of(context.getProperty("polku.test.examples"), "partner-coaching", "target", "partner-coaching-1.0.0.jar");
        assertTrue("the example was built by the invoker plugin: " + jar, Files.exists(jar));
        Api admin = new Api(api.port());
        admin.login("admin", "polku-demo");
        Api.Reply installed = admin.postBytes("v1/admin/bundles?file=partner-coaching-1.0.0.jar", Files.readAllBytes(jar));
        assertEquals(installed.body().toString(), 201, installed.status());
        long id = installed.body().path("id").asLong();
        try {
            assertTrue(admin.get("v1/modules").body().path("installed").toString().contains("kotka-coaching-partner"));
            assertEquals(200, admin.put("v1/admin/municipalities/285/modules/coaching", "{\"moduleId\": \"kotka-coaching-partner\"}").status());
            api.login("caseworker", "polku-demo");
            // Wait for the mapping file to be applied: the offer then names the partner.
            Eventually.until("Kotka's offer naming the partner", () -> offer(api.get("v1/modules/offers/285").body(), "coaching")
                    .path("moduleId").asText().equals("kotka-coaching-partner"));
            JsonNode offer = offer(api.get("v1/modules/offers/285").body(), "coaching");
            assertEquals("Työnhakuvalmennus (Esimerkki Valmennus)", offer.path("name").asText());

            String other = api.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode("060690", '-', 944)
                    + "\", \"firstName\": \"Olga\", \"lastName\": \"Muukielinen\", \"municipalityCode\": \"285\", \"language\": \"other\", \"motherTongue\": \"ru\"}")
                    .body().path("id").asText();
            Api.Reply refused = api.post("v1/customers/" + other + "/referrals", "{\"serviceType\": \"coaching\", \"purpose\": \"coaching\"}");
            assertEquals(409, refused.status());
            assertTrue(refused.message(), refused.message().contains("Finnish and Swedish only"));
            Api.Reply referred = api.post("v1/customers/" + api.post("v1/customers", Api.customerJson(
                    Api.syntheticIdentityCode("060690", '-', 945), "Kalle", "Kotkalainen")).body().path("id").asText() + "/referrals",
                    "{\"serviceType\": \"coaching\", \"purpose\": \"job-search coaching\"}");
            assertEquals(201, referred.status());
            assertEquals("kotka-coaching-partner", referred.body().path("moduleId").asText());
            assertEquals("the partner's own resource, behind login", 2, api.get("partner-coaching/courses").body().size());
            assertEquals(401, new Api(api.port()).get("partner-coaching/courses").status());
            JsonNode described = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rawGet("openapi.json"));
            assertTrue("the partner's bundle describes its own resource", described.path("paths").has("/partner-coaching/courses"));
            assertEquals("described exactly as served, the partner's resource included", servedOperations(), documentedOperations(described));
        } finally {
            assertEquals(204, admin.delete("v1/admin/bundles/" + id).status());
            admin.put("v1/admin/municipalities/285/modules/coaching", "{\"moduleId\": \"coaching-default\"}");
        }
        Eventually.until("the partner's module gone with its bundle",
                () -> !admin.get("v1/modules").body().path("installed").toString().contains("kotka-coaching-partner"));
        assertFalse(admin.get("v1/modules").body().path("installed").toString().contains("kotka-coaching-partner"));
        assertFalse("its description went with it", rawGet("openapi.json").contains("/partner-coaching/courses"));
        awaitCoachingDefaultEverywhere();
    }

    /** Tests that change mappings or modules leave the area as configured: coaching-default everywhere, available. */
    private void awaitCoachingDefaultEverywhere() throws Exception {
        Api c = new Api(api.port());
        c.login("caseworker", "polku-demo");
        for (String code : List.of("285", "075", "624", "935", "489")) {
            Eventually.until("coaching-default available in " + code, () -> {
                JsonNode o = offer(c.get("v1/modules/offers/" + code).body(), "coaching");
                return o.path("available").asBoolean() && o.path("moduleId").asText().equals("coaching-default");
            });
        }
    }

    /** The area's own coaching module: its own schema and REST, and its rule that coaching is for job seekers. */
    @Test
    public void coachingModuleServesEveryMunicipalityWithItsCourses() {
        api.login("caseworker", "polku-demo");
        for (String code : List.of("285", "075", "624", "935", "489")) {
            assertTrue(code, offer(api.get("v1/modules/offers/" + code).body(), "coaching").path("available").asBoolean());
        }
        JsonNode courses = api.get("v1/coaching/courses").body();
        assertTrue(courses.toString(), courses.size() >= 4);
        String newCourse = "{\"name\": \"Työnhakuvalmennus, Hamina\", \"kind\": \"job-search\", \"delivery\": \"in-person\", "
                + "\"productionMode\": \"OWN_PRODUCTION\", \"provider\": \"Etelä-Kymenlaakson työllisyysalue\", \"capacity\": 10, \"startsOn\": \"2027-01-11\"}";
        assertEquals("caseworkers read, unit leads add", 403, api.post("v1/coaching/courses", newCourse).status());
        Api lead = new Api(api.port());
        lead.login("lead", "polku-demo");
        assertEquals(201, lead.post("v1/coaching/courses", newCourse).status());
        assertEquals(400, lead.post("v1/coaching/courses", newCourse.replace("job-search", "yoga")).status());

        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("280883", '-', 957), "Valle", "Valmennettava"))
                .body().path("id").asText();
        Api.Reply noSearch = api.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"coaching\", \"purpose\": \"coaching\"}");
        assertEquals(409, noSearch.status());
        assertTrue(noSearch.message(), noSearch.message().contains("start the customer's job search first"));
        api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + Day.today() + "\"}");
        Api.Reply referred = api.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"coaching\", \"purpose\": \"job-search coaching online\"}");
        assertEquals(referred.body().toString(), 201, referred.status());
        assertEquals("coaching-default", referred.body().path("moduleId").asText());

        Api.Reply twice = api.language("fi").post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"coaching\", \"purpose\": \"coaching\"}");
        assertEquals("a second open referral to the same service is asked about: " + twice.body(), 409, twice.status());
        assertTrue(twice.message(), twice.message().contains("jo avoin ohjaus"));
        Api.Reply confirmed = api.language("en").post("v1/customers/" + customer + "/referrals",
                "{\"serviceType\": \"coaching\", \"purpose\": \"a second course\", \"again\": true}");
        assertEquals(confirmed.body().toString(), 201, confirmed.status());
        assertEquals(2, api.get("v1/customers/" + customer + "/referrals").body().size());
    }

    /** A jar with only a manifest: enough to be a bundle (or, without a name, not one). */
    private static byte[] jar(String symbolicName, String imports) throws java.io.IOException {
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            m.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
            m.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
            m.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        }
        m.getMainAttributes().putValue("Import-Package", imports);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream j = new java.util.jar.JarOutputStream(out, m)) {
            j.putNextEntry(new java.util.jar.JarEntry("readme.txt"));
            j.write("test bundle".getBytes());
        }
        return out.toByteArray();
    }

    private static JsonNode offer(JsonNode offers, String type) {
        for (JsonNode o : offers) {
            if (o.path("serviceType").asText().equals(type)) {
                return o;
            }
        }
        throw new AssertionError("no offer of " + type + " in " + offers);
    }

    private static final String UUID_ZERO = "00000000-0000-0000-0000-000000000000";

    private Bundle polkuBundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }


    /**
     * An IT admin imports job seekers from a CSV file (issue 18): answered at once (202), the rows
     * then go in with the counts followed; good rows become customers with their open job search,
     * unit and responsible caseworker; bad rows are rejected with their line and reason in the
     * reader's language and never stop the rest; the same rows again, as Windows-1252 with commas as
     * a spreadsheet saves them, change nothing.
     */
    @Test
    public void importsJobSeekersFromACsvFileWithARejectionReport() throws Exception {
        Api admin = new Api(api.port()).language("fi");
        assertEquals(200, admin.login("admin", "polku-demo").status());
        String guided = Api.syntheticIdentityCode("241166", '-', 931);
        String noSearch = Api.syntheticIdentityCode("241166", '-', 932);
        String start = Day.today().minusMonths(4).format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy"));
        String csv = "Henkilötunnus;Etunimet;Sukunimi;Kotikunta;Asiointikieli;Työnhaku alkanut;Tilanne;Yksikkö;Vastuuvirkailija;Muistiinpano\r\n"
                + guided + ";Tuomas;Tuontinen;285;suomi;" + start + ";työtön;ohjaus;caseworker;x\r\n"
                + noSearch + ";Tuula;Tuontinen;075;sv;;;;;\r\n"
                + "241166-9331;Väärä;Tarkiste;285;fi;;;;;\r\n"
                + Api.syntheticIdentityCode("241166", '-', 934) + ";Kalle;Kunnaton;999;fi;;;;;\r\n"
                + Api.syntheticIdentityCode("241166", '-', 935) + ";Pia;Päivätön;285;fi;31.2.2025;;;;\r\n"
                + Api.syntheticIdentityCode("241166", '-', 936) + ";Nelli;Nul\u0000;285;fi;;;;;\r\n"
                + guided + ";Tuomas;Tuontinen;285;fi;;;;;\r\n";
        api.login("caseworker", "polku-demo");
        assertEquals(403, api.request("POST", "v1/admin/imports", java.net.http.HttpRequest.BodyPublishers.ofString(csv), "text/csv").status());
        Api.Reply refused = admin.request("POST", "v1/admin/imports?file=x.csv", java.net.http.HttpRequest.BodyPublishers.ofString(
                "henkilotunnus;nimi\n" + guided + ";X\n"), "text/csv");
        assertEquals(refused.body().toString(), 400, refused.status());
        assertTrue(refused.body().toString(), refused.body().toString().contains("etunimet, sukunimi, kotikunta, asiointikieli"));

        JsonNode first = imported(admin, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(first.toString(), "done", first.path("state").asText());
        assertEquals(first.toString(), 7, first.path("total").asInt());
        assertEquals(first.toString(), 2, first.path("accepted").asInt());
        assertEquals(first.toString(), 1, first.path("unchanged").asInt()); // the second row of the same person
        assertEquals(first.toString(), 4, first.path("rejected").asInt());
        assertEquals("[\"Muistiinpano\"]", first.path("ignoredColumns").toString());
        JsonNode rejections = admin.get("v1/admin/imports/" + first.path("id").asText() + "/rejections").body();
        List<String> where = new ArrayList<>();
        rejections.forEach(r -> where.add(r.path("line").asInt() + " " + r.path("column").asText()));
        assertEquals(rejections.toString(), List.of("4 henkilotunnus", "5 kotikunta", "6 tyonhaku_alkanut", "7 sukunimi"), where);
        assertTrue(rejections.toString(), rejections.get(1).path("reason").asText().contains("Kotka 285"));
        assertTrue(rejections.toString(), rejections.get(2).path("reason").asText().contains("”31.2.2025” ei ole päivämäärä"));
        java.net.http.HttpResponse<byte[]> report = admin.language("sv").bytes("v1/admin/imports/" + first.path("id").asText() + "/rejections.csv");
        assertEquals(200, report.statusCode());
        String reportText = new String(report.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(reportText, reportText.startsWith("\uFEFFRad;Kolumn;Orsak\r\n4;henkilotunnus;"));

        // The person is a customer in the guidance unit with the caseworker responsible, and no task due before today.
        String id = api.get("v1/customers?q=" + guided).body().path("items").get(0).path("id").asText();
        JsonNode customer = api.get("v1/customers/" + id).body();
        assertEquals(customer.toString(), "caseworker", customer.path("responsibleWorker").asText());
        JsonNode period = api.get("v1/customers/" + id + "/job-search-periods").body().get(0);
        assertEquals(period.toString(), "guidance", period.path("unit").asText());
        for (JsonNode step : period.path("timeline")) {
            assertFalse(step.toString(), java.time.LocalDate.parse(step.path("due").asText()).isBefore(Day.today()));
        }
        assertEquals(0, api.get("v1/customers/" + api.get("v1/customers?q=" + noSearch).body().path("items").get(0).path("id").asText()
                + "/job-search-periods").body().size());

        // The same rows as a spreadsheet saves them in Finland: Windows-1252, commas. Nothing changes.
        JsonNode again = imported(admin, csv.replace(';', ',').getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertEquals(again.toString(), "windows-1252", again.path("charset").asText());
        assertEquals(again.toString(), 0, again.path("accepted").asInt());
        assertEquals(again.toString(), 3, again.path("unchanged").asInt());
        assertEquals(again.toString(), 4, again.path("rejected").asInt());
    }


    /** A table the user sees, made into a spreadsheet file by the exports bundle; a malformed one refused in the user's language. */
    @Test
    public void aTableBecomesASpreadsheetFile() throws Exception {
        String table = "{\"title\": \"Työlista\", \"headers\": [\"Asiakas\", \"Avoimia\"], \"rows\": [[\"Virtanen, Aino\", 3], [\"=1+1\", null]]}";
        assertEquals(401, api.request("POST", "v1/exports/table.xlsx", java.net.http.HttpRequest.BodyPublishers.ofString(table),
                "application/json").status());
        api.login("caseworker", "polku-demo");
        api.language("fi");
        Api.Reply file = api.request("POST", "v1/exports/table.xlsx", java.net.http.HttpRequest.BodyPublishers.ofString(table),
                "application/json");
        assertEquals(200, file.status());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                file.raw().headers().firstValue("Content-Type").orElse(""));
        assertTrue("a zip file", file.raw().body().startsWith("PK"));
        Api.Reply wide = api.request("POST", "v1/exports/table.xlsx", java.net.http.HttpRequest.BodyPublishers.ofString(
                "{\"headers\": [\"A\"], \"rows\": [[1, 2]]}"), "application/json");
        assertEquals(400, wide.status());
        assertTrue(wide.body().toString(), wide.body().toString().contains("Rivillä 1 on enemmän soluja kuin sarakkeita (1)."));
    }


    /** A unit lead sees the statutory hours due per unit and week against the staff's hours; a new search's interview among them. */
    @Test
    public void theWorkloadForecastCountsTheTasksDueAgainstTheUnitsHours() {
        api.login("caseworker", "polku-demo");
        String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("120371", '-', 977), "Kapa", "Siteetti"))
                .body().path("id").asText();
        assertEquals(201, api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + Day.today() + "\"}").status());
        assertEquals(403, api.get("v1/forecast/workload").status());
        Api lead = new Api(api.port()).language("fi");
        lead.login("lead", "polku-demo");
        assertEquals(400, lead.get("v1/forecast/workload?weeks=0").status());
        Api.Reply r = lead.get("v1/forecast/workload?weeks=4");
        assertEquals(r.body().toString(), 200, r.status());
        JsonNode initial = null;
        for (JsonNode u : r.body().path("units")) {
            if (u.path("unit").asText().equals("initial")) {
                initial = u;
            }
        }
        assertNotNull(r.body().toString(), initial);
        assertEquals(4, initial.path("weeks").size());
        int interviews = 0;
        for (JsonNode w : initial.path("weeks")) {
            interviews += w.path("tasks").path("initial-interview").asInt();
            assertTrue(w.toString(), w.path("hoursDue").asDouble() >= 0);
            assertEquals(w.toString(), w.path("hoursDue").asDouble() > w.path("hoursAvailable").asDouble(), w.path("overCapacity").asBoolean());
        }
        assertTrue(initial.toString(), interviews >= 1);
        assertTrue("the demo's initial unit has staff accounts: " + initial, initial.path("staff").asDouble() > 0);
    }

    /**
     * An IT admin installs a candidate rule set as a draft (examples/draft-rules, built as its
     * author would): it decides nothing for anyone, and the what-if shows the workload it would
     * cause for today's caseload beside the rules in force, writing nothing. Uninstalled, it is gone.
     */
    @Test
    public void aDraftRuleSetIsNeverInForceAndTheWhatIfShowsItsWorkload() throws Exception {
        Api admin = new Api(api.port()).language("fi");
        admin.login("admin", "polku-demo");
        java.nio.file.Path jar = java.nio.file.Path.of(context.getProperty("polku.test.examples"), "draft-rules", "target", "draft-rules-1.0.0.jar");
        String rulesBefore = admin.get("v1/rules").body().toString();
        String tasksBefore = admin.get("v1/forecast/workload?weeks=12").body().path("units").toString();
        Api.Reply installed = admin.postBytes("v1/admin/bundles?file=draft-rules-1.0.0.jar", java.nio.file.Files.readAllBytes(jar));
        assertEquals(installed.body().toString(), 201, installed.status());
        long bundle = installed.body().path("id").asLong();
        try {
            Eventually.until("the draft rule set listed", () -> admin.get("v1/rules/drafts").body().size() > 0);
            JsonNode drafts = admin.get("v1/rules/drafts").body();
            assertEquals(drafts.toString(), "draft-2027", drafts.path(0).path("id").asText());
            assertEquals("a draft is not among the rule sets in force", rulesBefore, admin.get("v1/rules").body().toString());
            for (JsonNode step : admin.get("v1/rules/schedule?start=2027-06-01").body().path("steps")) {
                assertNotEquals("a job search starting on the draft's own date is not under it: " + step, "draft-2027", step.path("ruleSet").asText());
            }
            Api.Reply unknown = admin.get("v1/forecast/workload?ruleSet=2026");
            assertEquals(400, unknown.status());
            assertTrue(unknown.body().toString(), unknown.body().toString().contains("Sääntöluonnosta 2026 ei ole asennettu; asennetut luonnokset: draft-2027."));
            api.login("caseworker", "polku-demo");
            assertEquals(403, api.get("v1/forecast/workload?ruleSet=draft-2027").status());

            Api.Reply r = admin.get("v1/forecast/workload?weeks=12&ruleSet=draft-2027");
            assertEquals(r.body().toString(), 200, r.status());
            JsonNode f = r.body();
            assertEquals("projection", f.path("basis").asText());
            assertEquals("draft-2027", f.path("ruleSet").path("id").asText());
            assertEquals(f.path("units").size(), f.path("whatIf").size());
            // Initial interviews within 5 business days instead of 10: never later, and as many over the weeks
            // (except those the draft brings into the weeks from beyond them); job-search interviews every 2 months instead of 3: more.
            int[] nowInitial = kindByWeek(f.path("units"), "initial-interview");
            int[] draftInitial = kindByWeek(f.path("whatIf"), "initial-interview");
            int nowSoFar = 0;
            int draftSoFar = 0;
            for (int w = 0; w < 12; w++) {
                nowSoFar += nowInitial[w];
                draftSoFar += draftInitial[w];
                assertTrue("week " + w + ": " + java.util.Arrays.toString(nowInitial) + " / " + java.util.Arrays.toString(draftInitial),
                        draftSoFar >= nowSoFar);
            }
            int nowInterviews = java.util.Arrays.stream(kindByWeek(f.path("units"), "job-search-interview")).sum();
            int draftInterviews = java.util.Arrays.stream(kindByWeek(f.path("whatIf"), "job-search-interview")).sum();
            assertTrue(nowInterviews + " / " + draftInterviews, nowInterviews > 0 && draftInterviews > nowInterviews);
            System.out.println("WHAT-IF draft-2027, 12 weeks: job-search interviews " + nowInterviews + " -> " + draftInterviews
                    + ", initial interviews by week " + java.util.Arrays.toString(nowInitial) + " -> " + java.util.Arrays.toString(draftInitial)
                    + ", " + f.path("millis").asLong() + " ms");
            assertEquals("the what-if writes nothing", tasksBefore, admin.get("v1/forecast/workload?weeks=12").body().path("units").toString());
        } finally {
            assertEquals(204, admin.delete("v1/admin/bundles/" + bundle).status());
        }
        Eventually.until("the draft gone with its bundle", () -> admin.get("v1/rules/drafts").body().size() == 0);
        assertEquals(400, admin.get("v1/forecast/workload?ruleSet=draft-2027").status());
    }

    private static int[] kindByWeek(JsonNode units, String kind) {
        int[] counts = new int[12];
        for (JsonNode u : units) {
            for (int w = 0; w < 12; w++) {
                counts[w] += u.path("weeks").path(w).path("tasks").path(kind).asInt();
            }
        }
        return counts;
    }

    /** Sends a file to import and follows it until it ends (a minute at most). */
    /**
     * A job seeker's rows are checked against the rule sets, so an import never refuses rows for want
     * of one: with none installed (as while the platform starts, before their configuration files are
     * applied) it waits, and goes on when they are back. In CI a job resumed at a restart refused 108
     * good rows that way before the rule sets came.
     */
    @Test
    public void anImportWaitsWhileNoRuleSetIsInstalledAndRefusesNoRowForIt() throws Exception {
        Api admin = new Api(api.port()).language("en");
        assertEquals(200, admin.login("admin", "polku-demo").status());
        String ruleSets = admin.get("v1/rules").body().toString();
        List<Bundle> rules = List.of(polkuBundle("fi.polku.rules-2025"), polkuBundle("fi.polku.rules-2026"));
        StringBuilder csv = new StringBuilder("henkilotunnus;etunimet;sukunimi;kotikunta;asiointikieli;tyonhaku_alkanut\n");
        for (int i = 0; i < 3; i++) {
            csv.append(Api.syntheticIdentityCode((11 + i) + "0677", '-', 958)).append(";Odottava;Tuonti;285;fi;")
                    .append(Day.today().minusDays(10)).append('\n');
        }
        String id;
        try {
            for (Bundle b : rules) {
                b.stop();
            }
            Api.Reply started = admin.request("POST", "v1/admin/imports?file=odottaa.csv",
                    java.net.http.HttpRequest.BodyPublishers.ofString(csv.toString()), "text/csv");
            assertEquals(started.body().toString(), 202, started.status());
            id = started.body().path("id").asText();
            // Absence takes a time window: the worker looks every 5 s, so 7 s see at least one of its rounds.
            Thread.sleep(7_000);
            JsonNode waiting = admin.get("v1/admin/imports/" + id).body();
            assertEquals(waiting.toString(), "running", waiting.path("state").asText());
            assertEquals(waiting.toString(), 0, waiting.path("processed").asInt());
            assertEquals(waiting.toString(), 0, waiting.path("rejected").asInt());
        } finally {
            for (Bundle b : rules) {
                b.start();
            }
        }
        Eventually.until("the rule sets back", () -> admin.get("v1/rules").body().toString().equals(ruleSets));
        Eventually.until("the import done", () -> admin.get("v1/admin/imports/" + id).body().path("state").asText().equals("done"));
        JsonNode done = admin.get("v1/admin/imports/" + id).body();
        assertEquals(done.toString(), 3, done.path("accepted").asInt());
        assertEquals(done.toString(), 0, done.path("rejected").asInt());
    }

    private static JsonNode imported(Api admin, byte[] file) throws InterruptedException {
        Api.Reply started = admin.request("POST", "v1/admin/imports?file=siirto.csv", java.net.http.HttpRequest.BodyPublishers.ofByteArray(file),
                "text/csv");
        assertEquals(started.body().toString(), 202, started.status());
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        JsonNode job = started.body();
        while (job.path("state").asText().equals("running") && System.nanoTime() < until) {
            Thread.sleep(200);
            job = admin.get("v1/admin/imports/" + job.path("id").asText()).body();
        }
        return job;
    }

}
