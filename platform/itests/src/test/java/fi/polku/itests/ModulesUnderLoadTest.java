package fi.polku.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

/**
 * A partner's coaching module installed, mapped for Kotka, updated, stopped, started and
 * uninstalled in the running platform while caseworkers' requests flow to the core, to the other
 * municipalities and to the other modules: none of those requests may fail.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ModulesUnderLoadTest {
    private static final String KOTKA = "285";
    private static final String HAMINA = "075";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.options();
    }

    /** One kind of request sent again and again, and what counts as its success. */
    private record Flow(String name, String path, Predicate<Api.Reply> ok) {}

    @Test
    public void replacingKotkasCoachingFailsNoRequestOfAnyoneElse() throws Exception {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        Api admin = login(port, "admin");
        Api caseworker = login(port, "caseworker");
        caseworker.await("v1/coaching/courses", 200, 60);
        caseworker.await("v1/subsidies/appropriations", 200, 60);
        String haminaCustomer = register(caseworker, "110285", 961, HAMINA, "Hamina");
        String kotkaCustomer = register(caseworker, "110285", 962, KOTKA, "Kotka");

        List<Flow> flows = List.of(
                new Flow("core worklist", "v1/worklist", r -> r.status() == 200),
                new Flow("Hamina's coaching offer", "v1/modules/offers/" + HAMINA, r -> r.status() == 200
                        && offer(r.body(), "coaching").path("moduleId").asText().equals("coaching-default")),
                new Flow("coaching-default's courses", "v1/coaching/courses", r -> r.status() == 200 && r.body().size() > 0),
                new Flow("subsidies module", "v1/subsidies/appropriations", r -> r.status() == 200),
                new Flow("Hamina customer's referrals", "v1/customers/" + haminaCustomer + "/referrals", r -> r.status() == 200));
        Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
        Map<String, List<String>> failed = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (Flow flow : flows) {
            Api client = login(port, "caseworker");
            sent.put(flow.name(), new AtomicLong());
            failed.put(flow.name(), java.util.Collections.synchronizedList(new ArrayList<>()));
            Thread t = new Thread(() -> {
                while (running.get()) {
                    Api.Reply r = client.get(flow.path());
                    sent.get(flow.name()).incrementAndGet();
                    if (!flow.ok().test(r)) {
                        failed.get(flow.name()).add(r.status() + " " + r.body());
                    }
                }
            }, "load " + flow.name());
            threads.add(t);
            t.start();
        }

        long bundleId;
        try {
            Path jar = Path.of(context.getProperty("polku.test.examples"), "partner-coaching", "target", "partner-coaching-1.0.0.jar");
            byte[] v100 = Files.readAllBytes(jar);
            Api.Reply installed = admin.postBytes("v1/admin/bundles?file=partner-coaching-1.0.0.jar", v100);
            assertEquals(installed.body().toString(), 201, installed.status());
            bundleId = installed.body().path("id").asLong();

            assertEquals(200, admin.put("v1/admin/municipalities/" + KOTKA + "/modules/coaching", "{\"moduleId\": \"kotka-coaching-partner\"}").status());
            awaitOffer(caseworker, KOTKA, "kotka-coaching-partner", true);
            Api.Reply referred = caseworker.post("v1/customers/" + kotkaCustomer + "/referrals",
                    "{\"serviceType\": \"coaching\", \"purpose\": \"job-search coaching\"}");
            assertEquals(referred.body().toString(), 201, referred.status());
            assertEquals("Kotka's referral goes to the partner", "kotka-coaching-partner", referred.body().path("moduleId").asText());

            // An update in place: same bundle, new version.
            Api.Reply updated = admin.postBytes("v1/admin/bundles?file=partner-coaching-1.0.1.jar", withVersion(v100, "1.0.1"));
            assertEquals(updated.body().toString(), 200, updated.status());
            assertEquals(bundleId, updated.body().path("id").asLong());
            assertEquals("1.0.1", updated.body().path("version").asText());
            awaitOffer(caseworker, KOTKA, "kotka-coaching-partner", true);

            // Stopped: Kotka's caseworkers are told the service is not available, and nothing is saved.
            assertEquals(200, admin.post("v1/admin/bundles/" + bundleId + "/stop", "").status());
            awaitOffer(caseworker, KOTKA, null, false);
            Api.Reply refused = caseworker.post("v1/customers/" + kotkaCustomer + "/referrals",
                    "{\"serviceType\": \"coaching\", \"purpose\": \"second try\"}");
            assertEquals(refused.body().toString(), 409, refused.status());
            assertTrue(refused.message(), refused.message().contains("not available"));
            assertTrue("the fault shows in health", caseworker.get("health").body().path("moduleFaults").toString().contains("kotka-coaching-partner"));

            assertEquals(200, admin.post("v1/admin/bundles/" + bundleId + "/start", "").status());
            awaitOffer(caseworker, KOTKA, "kotka-coaching-partner", true);

            assertEquals(204, admin.delete("v1/admin/bundles/" + bundleId).status());
            awaitOffer(caseworker, KOTKA, null, false);
        } finally {
            admin.put("v1/admin/municipalities/" + KOTKA + "/modules/coaching", "{\"moduleId\": \"coaching-default\"}");
        }
        awaitOffer(caseworker, KOTKA, "coaching-default", true);
        // Requests keep flowing after the last change: each flow answers at least twice more in the final state.
        Map<String, Long> atLastChange = new TreeMap<>();
        sent.forEach((k, v) -> atLastChange.put(k, v.get()));
        Eventually.until("every flow ran after the last change", () -> atLastChange.entrySet().stream()
                .allMatch(e -> sent.get(e.getKey()).get() >= e.getValue() + 2));
        running.set(false);
        for (Thread t : threads) {
            t.join(10_000);
        }

        Map<String, String> report = new TreeMap<>();
        sent.forEach((k, v) -> report.put(k, v.get() + " sent, " + failed.get(k).size() + " failed"));
        System.out.println("Requests during the module changes: " + report);
        for (Flow flow : flows) {
            assertTrue(flow.name() + " kept flowing: " + report, sent.get(flow.name()).get() >= 20);
            assertEquals(flow.name() + " must not fail: " + failed.get(flow.name()).stream().limit(3).toList(), 0,
                    failed.get(flow.name()).size());
        }
        String audited = admin.get("v1/audit/events?actor=admin&limit=200").body().toString();
        for (String action : List.of("bundle.install", "bundle.update", "bundle.stop", "bundle.start", "bundle.uninstall",
                "module-mapping.request")) {
            assertTrue(action + " is audited", audited.contains(action));
        }
    }

    /**
     * Coaching places: many caseworkers enrolling at once never overbook a course; a referral the
     * partner interrupts gives its place back, also when the module was stopped at the time (the
     * core keeps the event until the module takes it).
     */
    @Test
    public void coursePlacesAreNeverOverbookedAndComeBackWhenAReferralEnds() throws Exception {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        Api lead = login(port, "lead");
        Api partner = login(port, "partner");
        lead.await("v1/coaching/courses", 200, 60);
        Api.Reply course = lead.post("v1/coaching/courses", "{\"name\": \"Kapasiteettikoe\", \"kind\": \"job-search\", \"delivery\": \"online\", "
                + "\"productionMode\": \"OWN_PRODUCTION\", \"provider\": \"Testi\", \"capacity\": 3, \"startsOn\": \"2027-01-11\"}");
        assertEquals(course.body().toString(), 201, course.status());
        String courseId = course.body().path("id").asText();

        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String customer = register(lead, "120385", 970 + i, HAMINA, "Paikka" + i);
            Api.Reply r = lead.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"coaching\", \"purpose\": \"job-search coaching\"}");
            assertEquals(r.body().toString(), 201, r.status());
            referrals.add(r.body().path("id").asText());
        }
        // The module hears of each referral within seconds of it being made.
        for (String r : referrals) {
            awaitReferralKnown(lead, r);
        }
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> enrolling = new ArrayList<>();
        for (String r : referrals) {
            Api client = login(port, "caseworker");
            Thread t = new Thread(() -> statuses.add(client.post("v1/coaching/courses/" + courseId + "/enrolments",
                    "{\"referralId\": \"" + r + "\"}").status()));
            enrolling.add(t);
            t.start();
        }
        for (Thread t : enrolling) {
            t.join(30_000);
        }
        assertEquals("exactly the course's 3 places are taken: " + statuses, 3, statuses.stream().filter(x -> x == 201).count());
        assertEquals("the others are told the course is full: " + statuses, 3, statuses.stream().filter(x -> x == 409).count());
        assertEquals(0, seatsLeft(lead, courseId));

        // The partner takes one enrolled person in and interrupts while the module is stopped.
        String enrolled = lead.get("v1/coaching/courses/enrolments?" + String.join("&", referrals.stream().map(r -> "referral=" + r).toList()))
                .body().get(0).path("referralId").asText();
        org.osgi.framework.Bundle coaching = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "fi.polku.coaching".equals(b.getSymbolicName())).findFirst().orElseThrow();
        assertEquals(200, partner.post("v1/partner/referrals/" + enrolled + "/accept", "{}").status());
        assertEquals(200, partner.post("v1/partner/referrals/" + enrolled + "/start", "{}").status());
        coaching.stop();
        try {
            Api.Reply interrupted = partner.post("v1/partner/referrals/" + enrolled + "/interrupt", "{\"note\": \"moved away\"}");
            assertEquals(interrupted.body().toString(), 200, interrupted.status());
            Thread.sleep(1500); // the delivery runs meanwhile and keeps the event: nobody takes it
            String backlog = lead.get("health").body().path("checks").path("referral-events").path("detail").asText();
            assertTrue("health names the module whose events wait: " + backlog, backlog.contains("coaching-default"));
        } finally {
            coaching.start();
        }
        lead.await("v1/coaching/courses", 200, 60);
        Eventually.until("the interrupted referral's place back", () -> seatsLeft(lead, courseId) == 1);
        assertEquals("the interrupted referral's place came back once the module was there to hear of it", 1, seatsLeft(lead, courseId));
    }

    /** The same bundle work from the server's Gogo shell: checked, audited (actor "shell"), platform bundles refused. */
    @Test
    public void itAdminManagesBundlesFromTheShellToo() throws Exception {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        Api admin = login(port, "admin");
        Path jar = Path.of(context.getProperty("polku.test.examples"), "partner-coaching", "target", "partner-coaching-1.0.0.jar");
        String installed = Gogo.run(context, "polku:deploy " + jar);
        assertTrue(installed, installed.contains("Installed com.example.partner.coaching 1.0.0"));
        try {
            assertTrue(Gogo.run(context, "polku:bundles").contains("com.example.partner.coaching"));
            assertTrue(Gogo.run(context, "polku:suspend com.example.partner.coaching").contains("RESOLVED"));
            assertTrue(Gogo.run(context, "polku:resume com.example.partner.coaching").contains("ACTIVE"));
            String refused = Gogo.run(context, "polku:suspend fi.polku.case");
            assertTrue(refused, refused.contains("Refused") && refused.contains("part of the platform"));
            Path notABundle = Files.writeString(Files.createTempFile("not-a-bundle", ".jar"), "hello");
            String notAJar = Gogo.run(context, "polku:deploy " + notABundle);
            assertTrue(notAJar, notAJar.contains("Refused"));
        } finally {
            String removed = Gogo.run(context, "polku:undeploy com.example.partner.coaching");
            assertTrue(removed, removed.contains("Uninstalled"));
        }
        String audited = admin.get("v1/audit/events?actor=shell&limit=50").body().toString();
        for (String action : List.of("bundle.install", "bundle.stop", "bundle.start", "bundle.uninstall", "bundle.refused")) {
            assertTrue(action + " from the shell is audited: " + audited, audited.contains(action));
        }
    }

    private static void awaitReferralKnown(Api api, String referral) throws InterruptedException {
        Eventually.until("the coaching module heard of referral " + referral,
                () -> api.get("v1/coaching/courses/referrals?referral=" + referral).body().size() == 1);
    }

    private static int seatsLeft(Api api, String course) {
        for (JsonNode c : api.get("v1/coaching/courses").body()) {
            if (c.path("id").asText().equals(course)) {
                return c.path("seatsLeft").asInt();
            }
        }
        throw new AssertionError("no course " + course);
    }

    private static Api login(int port, String user) {
        Api api = new Api(port);
        api.await("health", 200, 120);
        assertEquals(200, api.login(user, "polku-demo").status());
        return api;
    }

    private static String register(Api api, String born, int individual, String municipality, String lastName) {
        Api.Reply r = api.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode(born, '-', individual)
                + "\", \"firstName\": \"Kuorma\", \"lastName\": \"" + lastName + "\", \"municipalityCode\": \"" + municipality
                + "\", \"language\": \"fi\"}");
        assertEquals(r.body().toString(), 201, r.status());
        String id = r.body().path("id").asText();
        Api.Reply period = api.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"2026-11-02\", \"status\": \"unemployed\"}");
        assertEquals(period.body().toString(), 201, period.status());
        return id;
    }

    private static JsonNode offer(JsonNode offers, String type) {
        for (JsonNode o : offers) {
            if (o.path("serviceType").asText().equals(type)) {
                return o;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Waits until the municipality's coaching offer is as expected (config and bundle events arrive a moment later). */
    private static void awaitOffer(Api api, String municipality, String moduleId, boolean available) throws InterruptedException {
        JsonNode o = null;
        for (int i = 0; i < 150; i++) {
            o = offer(api.get("v1/modules/offers/" + municipality).body(), "coaching");
            if (o.path("available").asBoolean() == available && (moduleId == null || moduleId.equals(o.path("moduleId").asText()))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("coaching offer for " + municipality + " is " + o + ", expected " + moduleId + " available=" + available);
    }

    /** The same jar with another Bundle-Version: what a partner's next release looks like to the platform. */
    static byte[] withVersion(byte[] jar, String version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
                for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    jarOut.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(jarOut);
                    jarOut.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * A module that refuses one referral's event again and again (a poison message) no longer holds
     * up its later events: after the configured number of refusals the event is set aside, the
     * IT admin sees it with the reason, retries it (taken once the module takes it) or closes it;
     * events waiting for a module gone longer than the retention period are set aside too.
     */
    @Test
    public void anEventItsModuleKeepsRefusingIsSetAsideAndTheLaterOnesGoOn() throws Exception {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        Api admin = new Api(port).language("en");
        assertEquals(200, admin.login("admin", "polku-demo").status());
        org.osgi.service.cm.ConfigurationAdmin ca = context.getService(context.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration delivery = ca.getConfiguration("fi.polku.referral.delivery", "?");
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", context.getProperty("polku.db.user"));
        login.setProperty("password", context.getProperty("polku.db.password"));
        List<Long> taken = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean refusing = new AtomicBoolean(true);
        try (java.sql.Connection db = new org.postgresql.Driver().connect(context.getProperty("polku.db.url"), login)) {
            List<String> referrals = new ArrayList<>();
            try (var rs = db.createStatement().executeQuery("SELECT id FROM cases.referral ORDER BY created_at LIMIT 2")) {
                while (rs.next()) {
                    referrals.add(rs.getString(1));
                }
            }
            String poison = referrals.get(0);
            fi.polku.api.module.ServiceModule module = new fi.polku.api.module.ServiceModule() {
                @Override
                public fi.polku.api.module.ModuleDescriptor descriptor() {
                    return fi.polku.api.module.ModuleDescriptor.builder("test-refuses", "coaching").provider("Testi Oy")
                            .productionMode(fi.polku.api.module.ProductionMode.TENDERED).name("fi", "Testi").name("sv", "Test").name("en", "Test")
                            .build();
                }

                @Override
                public void referralChanged(fi.polku.api.module.ReferralEvent event) {
                    if (refusing.get() && event.referralId().toString().equals(poison)) {
                        throw new IllegalStateException("cannot take this one");
                    }
                    taken.add(event.sequence());
                }
            };
            org.osgi.framework.ServiceRegistration<?> registration = context.registerService(fi.polku.api.module.ServiceModule.class, module, null);
            try {
                long first = event(db, poison, "test-refuses", "0 days");
                long second = event(db, referrals.get(1), "test-refuses", "0 days");
                long gone = event(db, referrals.get(1), "test-gone-module", "40 days");
                // Set aside after two refusals; the delivery starts anew with it and looks at absent modules first.
                delivery.update(new java.util.Hashtable<>(Map.of("setAsideAfter", 2, "retentionDays", 30)));
                awaitTrue(() -> taken.contains(second), "the later event was taken although the first is refused");
                awaitTrue(() -> find(admin.get("v1/admin/referral-events").body(), first) != null
                        && find(admin.get("v1/admin/referral-events").body(), gone) != null, "both set aside");
                JsonNode setAside = admin.get("v1/admin/referral-events").body();
                JsonNode poisoned = find(setAside, first);
                assertTrue(poisoned.toString(), poisoned.path("attempts").asInt() >= 2);
                assertTrue(poisoned.toString(), poisoned.path("reason").asText().contains("IllegalStateException"));
                assertTrue("the module that never came back: " + setAside, find(setAside, gone) != null
                        && find(setAside, gone).path("reason").asText().contains("not installed for 30 days"));
                assertTrue(admin.get("health").body().path("checks").path("referral-events").path("detail").asText().contains("set aside"));
                assertEquals("only an IT admin", 403, caseworkerApi(port).post("v1/admin/referral-events/" + first + "/retry", "{}").status());

                refusing.set(false);
                assertEquals(204, admin.post("v1/admin/referral-events/" + first + "/retry", "{}").status());
                awaitTrue(() -> taken.contains(first), "the retried event was taken");
                assertEquals(204, admin.delete("v1/admin/referral-events/" + gone).status());
                assertEquals("closed once", 404, admin.delete("v1/admin/referral-events/" + gone).status());
                assertEquals(404, admin.post("v1/admin/referral-events/" + second + "/retry", "{}").status());
                String events = admin.get("v1/audit/events?action=referral-event.retry").body().toString()
                        + admin.get("v1/audit/events?action=referral-event.close").body().toString();
                assertTrue(events, events.contains("event " + first + " of module test-refuses") && events.contains("event " + gone));
                System.out.printf("set aside after 2 refusals: event %d; the module's later event %d taken meanwhile%n", first, second);
            } finally {
                registration.unregister();
                db.createStatement().executeUpdate("DELETE FROM cases.referral_event WHERE module_id IN ('test-refuses', 'test-gone-module')");
            }
        } finally {
            delivery.delete();
        }
    }

    private static long event(java.sql.Connection db, String referral, String module, String age) throws java.sql.SQLException {
        try (var st = db.prepareStatement("INSERT INTO cases.referral_event (referral_id, module_id, service_type, municipality_code, state, at) "
                + "VALUES (?::uuid, ?, 'coaching', '285', 'referred', now() - ?::interval) RETURNING seq")) {
            st.setString(1, referral);
            st.setString(2, module);
            st.setString(3, age);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static JsonNode find(JsonNode events, long seq) {
        for (JsonNode e : events) {
            if (e.path("sequence").asLong() == seq) {
                return e;
            }
        }
        return null;
    }

    private static Api caseworkerApi(int port) {
        Api api = new Api(port);
        assertEquals(200, api.login("caseworker", "polku-demo").status());
        return api;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        Eventually.until(what, condition::getAsBoolean);
    }
}
