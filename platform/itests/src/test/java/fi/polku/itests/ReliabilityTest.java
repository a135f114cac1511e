package fi.polku.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution on a bad day: killed with -9 under write load, its database killed or left
 * behind, hostile request bodies. Run as {@code bin/polku} processes on one data folder, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityTest {
    /** An installation of its own: create-admin writes to its configs/. */
    private static final Path HOME = Installation.create("reliability");
    private static final Path LOGS = Path.of("target", "distribution-logs").toAbsolutePath();
    private static final Path DATA = tempFolder();
    private static final int PORT = freePort();
    private static final int DB_PORT = freePort();
    private static final int PORT2 = freePort();
    private static Process node2;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Process polku;
    private static int starts;

    @AfterAll
    static void stopAll() throws Exception {
        if (node2 != null) {
            node2.destroyForcibly();
        }
        if (polku != null && polku.isAlive()) {
            polku.destroy();
            polku.waitFor(90, TimeUnit.SECONDS);
        }
        processesUsing(DATA).forEach(ph -> ph.destroyForcibly());
    }

    @Test
    @Order(1)
    void databaseRunsWithEveryDurabilitySettingOn() throws Exception {
        start();
        try (Connection c = database(); Statement s = c.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    assertEquals("on", rs.getString(1), setting);
                }
            }
        }
        // Nothing that the launcher runs or reads can be changed by another account.
        try (Stream<Path> all = Files.walk(DATA.resolve("postgres-runtime"))) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (!Files.isSymbolicLink(p)) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                    assertFalse(perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE),
                            p + " is " + PosixFilePermissions.toString(perms));
                }
            }
        }
    }

    @Test
    @Order(2)
    void oversizedBodiesAreRefusedBeforeTheyAreRead() {
        Api anonymous = new Api(PORT);
        // Over the 64 KiB limit, yet small enough that the client has sent it all before the early
        // answer closes the connection (a larger body is refused the same way, by its Content-Length).
        String huge = "{\"username\": \"caseworker\", \"password\": \"" + "x".repeat(100_000) + "\"}";
        Api.Reply declared = anonymous.request("POST", "session", HttpRequest.BodyPublishers.ofString(huge), "application/json");
        assertEquals(413, declared.status(), declared.body().toString());
        assertTrue(declared.message().contains("too large"), declared.message());
        // Without a declared length (chunked), the body is cut off as it passes the limit.
        Api.Reply chunked = anonymous.request("POST", "session",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes())), "application/json");
        assertEquals(413, chunked.status(), chunked.body().toString());
        assertEquals(200, new Api(PORT).login("caseworker", "polku-demo").status(), "the platform still serves");
    }

    @Test
    @Order(3)
    void controlCharactersAre400NamingTheFieldAndNeverReachTheLog() throws Exception {
        Api api = new Api(PORT);
        assertEquals(200, api.login("caseworker", "polku-demo").status());
        String code = Api.syntheticIdentityCode("121284", '-', 977);
        Api.Reply nul = api.post("v1/customers", Api.customerJson(code, "Nul", "Byte\\u0000son"));
        assertEquals(400, nul.status(), nul.body().toString());
        assertTrue(nul.body().path("fields").has("lastName"), nul.body().toString());
        Api.Reply bell = api.post("v1/customers", Api.customerJson(code, "Bell\\u0007", "Ringer"));
        assertEquals(400, bell.status(), bell.body().toString());
        assertTrue(bell.body().path("fields").has("firstName"), bell.body().toString());
        Api.Reply query = api.get("v1/customers?q=virt%00anen");
        assertEquals(400, query.status(), query.body().toString());
        assertTrue(query.message().contains("'q'"), query.message());
        String log = Files.readString(LOGS.resolve("reliability-" + starts + ".log"));
        assertFalse(log.contains(code), "the identity code never reaches the log");
        assertFalse(log.contains("Byte"), "nor the name");
    }

    /**
     * The log: every line of a request carries its id, which the answer's header and error body
     * name too; the rotated file beside standard output, in an owner-only folder; a level changed
     * in configs/logback.xml while Polku runs applies within seconds, and back again.
     */
    @Test
    @Order(3)
    void logLinesCarryTheRequestIdAndLevelsChangeAtRunTime() throws Exception {
        Path stdout = LOGS.resolve("reliability-" + starts + ".log");
        Path file = DATA.resolve("logs").resolve("polku.log");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/api/v1/worklist")).GET());
        assertEquals(401, refused.statusCode());
        String id = refused.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(refused.body().contains("\"requestId\":\"" + id + "\""), refused.body());

        String login = "id-" + Long.toHexString(System.nanoTime());
        assertEquals(200, login(login).statusCode());
        for (Path log : List.of(stdout, file)) {
            String line = Files.readAllLines(log).stream().filter(l -> l.contains(login)).findFirst().orElse("");
            assertTrue(line.contains("caseworker logged in") && line.contains("req=" + login), log + ": " + line);
        }

        Path config = HOME.resolve("configs/logback.xml");
        String original = Files.readString(config);
        String quiet = original.replace("<logger name=\"fi.polku\" level=\"INFO\"/>", "<logger name=\"fi.polku\" level=\"WARN\"/>")
                // Scanned each second while quiet, so that setting it back shows within a second (the shipped 10 s is proven by the first change).
                .replace("scanPeriod=\"10 seconds\"", "scanPeriod=\"1 seconds\"");
        assertFalse(quiet.equals(original), "the shipped logback.xml sets fi.polku's level");
        try {
            Files.writeString(config, quiet);
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).until(() -> !loggedWith(stdout));
        } finally {
            Files.writeString(config, original);
        }
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).until(() -> loggedWith(stdout));
    }

    /** A login with an id of its own: true when its line reached the log (written before the answer is sent). */
    private static boolean loggedWith(Path log) throws Exception {
        String id = "probe-" + Long.toHexString(System.nanoTime());
        assertEquals(200, login(id).statusCode());
        return Files.readString(log).contains("req=" + id);
    }

    private static HttpResponse<String> login(String requestId) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/api/session")).header("X-Request-Id", requestId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"caseworker\", \"password\": \"polku-demo\"}")));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(4)
    void aKilledDatabaseIsStartedAgainAndMeanwhileRequestsAre503NotErrors() throws Exception {
        Api api = new Api(PORT);
        assertEquals(200, api.login("caseworker", "polku-demo").status());
        // An import under way while the database is away: none of its rows may be skipped (before, a batch the database
        // refused outright was passed over and the next batch counted past it).
        int rows = 20_000;
        String importId = startImport(rows, "46", "Katkos");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> importCounts(importId)[0] >= 500);
        long postmaster = Long.parseLong(Files.readAllLines(DATA.resolve("postgres/postmaster.pid")).get(0).trim());
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
        long t0 = System.nanoTime();
        Set<Integer> seen = new HashSet<>();
        Api.Reply r;
        Path log = LOGS.resolve("reliability-" + starts + ".log");
        // Until the launcher has started the server again (a backend may still answer the first moments after its
        // postmaster died, so a 200 alone does not mean the outage is over), every answer is 200 or 503.
        boolean restarted;
        do {
            r = api.get("v1/customers?q=virt");
            seen.add(r.status());
            if (r.status() == 503) {
                assertTrue(r.raw().headers().firstValue("Retry-After").isPresent(), "503 says when to retry");
            }
            assertTrue(r.status() == 200 || r.status() == 503, "while the database is away: " + r.status() + " " + r.body());
            restarted = Files.readString(log).contains("runs again");
        } while (!(restarted && r.status() == 200) && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(120));
        assertEquals(200, r.status(), "the database came back");
        System.out.printf("database killed: back in %.1f s, answers meanwhile %s%n", (System.nanoTime() - t0) / 1e9, seen);
        assertTrue(Files.readString(log).contains("stopped unexpectedly"));
        await().atMost(Duration.ofMinutes(3)).until(() -> importCounts(importId)[1] == 1);
        assertEquals(rows, importCounts(importId)[2], "every row of the import under way accepted");
    }

    @Test
    @Order(5)
    void everyAcknowledgedWriteSurvivesKill9OfTheJvmAndEveryPostgresProcess() throws Exception {
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Api api = loggedIn();
            Thread w = new Thread(() -> {
                for (int i = 0; !stop.get() && i < 8_400; i++) {
                    String code = Api.syntheticIdentityCode(String.format("%02d%02d%02d", 1 + i % 28, 1 + thread * 3 + (i / 28) % 3, 70 + thread),
                            '-', 900 + (i / 84) % 100);
                    try {
                        if (api.post("v1/customers", Api.customerJson(code, "Kestävä", "Kirjoittaja")).status() == 201) {
                            acknowledged.add(code);
                        }
                    } catch (AssertionError connectionLost) {
                        return;
                    }
                }
            });
            w.start();
            writers.add(w);
        }
        // A caseworker's session from before the crash: sessions live in PostgreSQL, so it is valid after the restart.
        Api before = loggedIn();
        await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() > 50);
        // An import under way too: after the restart it goes on from its last committed batch, every row in exactly once.
        int rows = 30_000;
        String importId = startImport(rows);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> importCounts(importId)[0] >= 1_000);
        // The JVM and every postgres process at once, as a power cut would end them.
        List<ProcessHandle> victims = new ArrayList<>(processesUsing(DATA));
        victims.add(polku.toHandle());
        long importedAtKill = importCounts(importId)[0];
        victims.forEach(ProcessHandle::destroyForcibly);
        stop.set(true);
        for (Thread w : writers) {
            w.join(60_000);
        }
        assertTrue(acknowledged.size() > 50, "the load wrote: " + acknowledged.size());
        start();
        Set<String> present = new HashSet<>();
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT identity_code FROM cases.customer WHERE first_name = 'Kestävä'")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(present);
        System.out.printf("kill -9 under write load: %d registrations acknowledged, %d present after restart, %d lost%n",
                acknowledged.size(), acknowledged.size() - lost.size(), lost.size());
        assertEquals(Set.of(), lost, "acknowledged writes lost");
        Api.Reply read = before.get("v1/customers?q=" + acknowledged.peek());
        assertEquals(200, read.status(), "the session from before the crash: " + read.body());
        assertEquals(409, before.post("v1/customers", Api.customerJson(acknowledged.peek(), "Kestävä", "Kirjoittaja")).status(),
                "a customer acknowledged before the crash is still registered");

        await().atMost(Duration.ofMinutes(5)).until(() -> importCounts(importId)[1] == 1);
        long[] done = importCounts(importId);
        long customers;
        long periods;
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(DISTINCT c.id), count(p.id) FROM cases.customer c "
                     + "LEFT JOIN cases.job_search_period p ON p.customer_id = c.id WHERE c.last_name = 'Keskeytynyt'")) {
            rs.next();
            customers = rs.getLong(1);
            periods = rs.getLong(2);
        }
        System.out.printf("an import of %d rows killed with %d rows in: resumed after the restart, %d accepted, %d customers and "
                + "%d job searches in the database%n", rows, importedAtKill, done[2], customers, periods);
        assertTrue(importedAtKill < rows, "the kill came before the import's end");
        assertEquals(rows, done[2], "every row accepted once");
        assertEquals(rows, customers, "every person once");
        assertEquals(rows, periods, "every job search once");
    }

    /** Starts an import of {@code rows} job seekers with a job search each; its id. */
    private static String startImport(int rows) throws Exception {
        return startImport(rows, "45", "Keskeytynyt");
    }

    /** An import of {@code rows} people born in 19{@code year}, all named {@code lastName}. */
    private static String startImport(int rows, String year, String lastName) throws Exception {
        StringBuilder csv = new StringBuilder("henkilotunnus;etunimet;sukunimi;kotikunta;asiointikieli;tyonhaku_alkanut\n");
        String start = Day.today().minusDays(20).toString();
        for (int i = 0; i < rows; i++) { // 336 birth dates a year, each with individual numbers from 900 on
            csv.append(Api.syntheticIdentityCode(String.format("%02d%02d%s", 1 + i % 28, 1 + i / 28 % 12, year), '-', 900 + i / 336))
                    .append(";Tuotu;").append(lastName).append(";285;fi;").append(start).append('\n');
        }
        Api admin = new Api(PORT);
        assertEquals(200, admin.login("admin", "polku-demo").status());
        Api.Reply started = admin.request("POST", "v1/admin/imports?file=kesken.csv",
                java.net.http.HttpRequest.BodyPublishers.ofString(csv.toString()), "text/csv");
        assertEquals(202, started.status(), started.body().toString());
        return started.body().path("id").asText();
    }


    /** An import's processed rows, whether it is done (1) and its accepted rows. */
    private static long[] importCounts(String id) throws Exception {
        try (Connection c = database(); PreparedStatement q = c.prepareStatement(
                "SELECT processed, CASE WHEN state = 'done' THEN 1 ELSE 0 END, accepted FROM cases.import_job WHERE id = ?::uuid")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)} : new long[3];
            }
        }
    }

    @Test
    @Order(6)
    void aServerLeftBehindIsStoppedByTheNextStart() throws Exception {
        // The JVM and its watchdog die, the server stays: as after a crash of the launcher's machine supervisor.
        processesUsing(DATA).stream().filter(ph -> ph.info().command().map(c -> c.endsWith("sh")).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        polku.toHandle().destroyForcibly();
        polku.waitFor(30, TimeUnit.SECONDS);
        assertTrue(processesUsing(DATA).stream().anyMatch(ph -> ph.info().command().map(c -> c.endsWith("postgres")).orElse(false)),
                "the server is left running");
        long t0 = System.nanoTime();
        start();
        System.out.printf("start after a server was left behind: healthy in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        assertTrue(Files.readString(LOGS.resolve("reliability-" + starts + ".log")).contains("left running"));
    }

    @Test
    @Order(7)
    void theServerDoesNotOutliveAKilledJvm() throws Exception {
        polku.toHandle().destroyForcibly();
        long t0 = System.nanoTime();
        // The watchdog stops the server with `pg_ctl -m fast -t 60`: its shutdown checkpoint may take a while on a busy disk.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> processesUsing(DATA).isEmpty());
        System.out.printf("killed JVM: postgres gone in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @Test
    @Order(8)
    void aDatabaseThatCannotBeRestartedEndsTheProcessWithCode3() throws Exception {
        start();
        Files.move(DATA.resolve("postgres/PG_VERSION"), DATA.resolve("PG_VERSION.aside"));
        long postmaster = Long.parseLong(Files.readAllLines(DATA.resolve("postgres/postmaster.pid")).get(0).trim());
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
        assertTrue(polku.waitFor(60, TimeUnit.SECONDS), "the launcher gives up and exits");
        assertEquals(3, polku.exitValue());
        assertTrue(Files.readString(LOGS.resolve("reliability-" + starts + ".log")).contains("could not be started again"));
        Files.move(DATA.resolve("PG_VERSION.aside"), DATA.resolve("postgres/PG_VERSION"));
    }

    @Test
    @Order(9)
    void aDataFolderWritableByOthersIsRefusedAndALegacyRuntimeFolderUnpackedAgain() throws Exception {
        Files.setPosixFilePermissions(DATA, PosixFilePermissions.fromString("rwxrwxrwx"));
        ProcessBuilder pb = new ProcessBuilder(HOME.resolve("bin/polku").toString(), "--demo").redirectErrorStream(true);
        pb.environment().putAll(env());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(6, p.exitValue(), out);
        assertTrue(out.contains("writable by other accounts"), out);
        Files.setPosixFilePermissions(DATA, PosixFilePermissions.fromString("rwx------"));

        // What Polku before this change left: a runtime folder anyone could write to.
        Files.setPosixFilePermissions(DATA.resolve("postgres-runtime"), PosixFilePermissions.fromString("rwxrwxrwx"));
        start();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("postgres-runtime"))));
        polku.destroy();
        assertTrue(polku.waitFor(90, TimeUnit.SECONDS));
        assertEquals(List.of(), processesUsing(DATA).stream().map(ProcessHandle::pid).toList());
    }

    /**
     * The first IT admin of an installation: {@code bin/polku create-admin} with the password on
     * standard input; the running platform creates the account within seconds and deletes the file
     * that held the hash. A password that breaks the rules writes nothing.
     */
    /** Started by the restore drill with log.format=json: one JSON object per line, the request id among its fields. */
    @Test
    @Order(11)
    void logsAsJsonWhenAsked() throws Exception {
        if (polku == null || !polku.isAlive()) {
            start(Map.of("POLKU_LOG_FORMAT", "json"));
        }
        String id = "json-" + Long.toHexString(System.nanoTime());
        assertEquals(200, login(id).statusCode());
        Path log = LOGS.resolve("reliability-" + starts + ".log");
        String line = Files.readAllLines(log).stream().filter(l -> l.contains(id)).findFirst().orElseThrow();
        com.fasterxml.jackson.databind.JsonNode json = Api.JSON.readTree(line);
        assertEquals(id, json.path("mdc").path("requestId").asText(), line);
        assertEquals("INFO", json.path("level").asText(), line);
        assertEquals("caseworker logged in", json.path("formattedMessage").asText(), line);
        assertTrue(json.path("loggerName").asText().startsWith("fi.polku.security"), line);
    }

    @Test
    @Order(11)
    void theLauncherCreatesAnItAdminThatLogsIn() throws Exception {
        if (polku == null || !polku.isAlive()) {
            start(); // the restore drill leaves Polku running
        }
        Path file = HOME.resolve("configs/fi.polku.security.admin~ilona.cfg.json");
        try {
            Process weak = createAdmin("lyhyt", "ilona", "Ilona", "Ylläpitäjä");
            String said = output(weak);
            assertTrue(weak.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, weak.exitValue(), said);
            assertTrue(said.contains("15 to 256 characters"), said);
            assertFalse(Files.exists(file), "nothing written");

            String password = "seitsemän sinistä siltaa Kotkassa";
            Process p = createAdmin(password, "ilona", "Ilona", "Ylläpitäjä");
            said = output(p);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), said);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (Files.exists(file)) {
                assertTrue(System.nanoTime() < end, "the platform applied the file and deleted it");
                TimeUnit.MILLISECONDS.sleep(100);
            }
            Api ilona = new Api(PORT);
            assertEquals(200, ilona.login("ilona", password).status());
            Api.Reply me = ilona.get("v1/admin/accounts/ilona");
            assertEquals(200, me.status(), me.body().toString());
            assertEquals("[\"it-admin\"]", me.body().path("roles").toString());
            assertEquals("Ilona Ylläpitäjä", me.body().path("displayName").asText());
            assertTrue(ilona.get("v1/audit/events?action=account.create").body().toString().contains("launcher"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static java.time.Instant lockOf(String username) throws Exception {
        try (Connection c = database(); var s = c.prepareStatement("SELECT locked_until FROM security.account WHERE username = ?")) {
            s.setString(1, username);
            try (var r = s.executeQuery()) {
                assertTrue(r.next(), username);
                java.sql.Timestamp t = r.getTimestamp(1);
                return t == null ? null : t.toInstant();
            }
        }
    }

    private static void setLock(String username, String until) throws Exception {
        try (Connection c = database(); var s = c.prepareStatement("UPDATE security.account SET locked_until = " + until + " WHERE username = ?")) {
            s.setString(1, username);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static int failedLogins(String username) throws Exception {
        try (Connection c = database(); var s = c.prepareStatement("SELECT failed_logins FROM security.account WHERE username = ?")) {
            s.setString(1, username);
            try (var r = s.executeQuery()) {
                assertTrue(r.next(), username);
                return r.getInt(1);
            }
        }
    }

    private static Process createAdmin(String password, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/polku").toString(), "create-admin"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env());
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write((password + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    @Order(12)
    void guessingSlowsDownButNeitherASuccessResetsItNorCanAnyoneLockTheOwnerOut() throws Exception {
        if (polku == null || !polku.isAlive()) {
            start();
        }
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM security.login_failure"); // counted from here: earlier tests' logins are not this one's
        }
        Api api = new Api(PORT);
        for (int i = 0; i < 4; i++) {
            assertEquals(401, api.login("lead", "wrong-" + i).status());
        }
        assertEquals(null, lockOf("lead"), "four wrong tries are free");
        java.time.Instant fifth = java.time.Instant.now();
        assertEquals(401, api.login("lead", "wrong-4").status());
        java.time.Instant answered = java.time.Instant.now();
        // The fifth wrong try makes the account wait one second, counted from its answer: read from the database, because a
        // loaded machine may take longer than that second between two requests.
        java.time.Instant lock = lockOf("lead");
        assertTrue(lock != null && lock.isAfter(fifth.plusMillis(900)) && !lock.isAfter(answered.plusMillis(1_100)),
                "locked for about a second after the fifth wrong try: " + fifth + " .. " + answered + ", locked until " + lock);
        // While it waits even the right password is refused, and the refusal counts no failure of the owner.
        setLock("lead", "now() + interval '30 seconds'");
        assertEquals(401, api.login("lead", "polku-demo").status(), "while the account waits even the right password waits");
        assertEquals(5, failedLogins("lead"));
        setLock("lead", "now() - interval '1 second'");
        assertEquals(200, api.login("lead", "polku-demo").status(), "when the wait is over the owner is in, not locked out for 15 minutes");
        assertEquals(0, failedLogins("lead"));
        assertEquals(null, lockOf("lead"));
        // 6 failures so far from this address; a success did not clear them.
        for (int i = 0; i < 14; i++) {
            assertEquals(401, new Api(PORT).login("nobody-" + i, "guess").status());
        }
        Api.Reply throttled = new Api(PORT).login("caseworker", "polku-demo");
        assertEquals(429, throttled.status(), "twenty failures in a minute from one address: " + throttled.body());
        assertTrue(throttled.raw().headers().firstValue("Retry-After").isPresent());
        try (Connection c = database(); Statement s = c.createStatement()) {
            // Counted in the database, the guesses would hold the next tests' logins (every client here is 127.0.0.1) back.
            s.executeUpdate("DELETE FROM security.login_failure");
        }
        // SIGTERM, as a service manager stops it: an orderly stop, said in the log, and no postgres left behind.
        polku.destroy();
        assertTrue(polku.waitFor(90, TimeUnit.SECONDS));
        String log = Files.readString(LOGS.resolve("reliability-" + starts + ".log"));
        assertTrue(log.contains("polku: stopped"), "orderly shutdown logged:\n" + log);
        assertEquals(List.of(), processesUsing(DATA).stream().map(ProcessHandle::pid).toList());
    }

    /**
     * Two nodes on one database (issue 17): a second node started against the first node's
     * embedded PostgreSQL, as the README shows, on a schema a newer node has migrated further (a
     * rolling update: it starts, and runs no migration). Both list each other in health; a session
     * started on one is valid on the other; a module mapping changed through the admin API on the
     * first is applied by the second within seconds (the file shared through the database); the
     * nightly run is run once, and taken over within seconds when the node running it dies.
     */
    @Test
    @Order(13)
    void aSecondNodeOnTheSameDatabaseSharesSessionsAndConfiguration() throws Exception {
        if (polku == null || !polku.isAlive()) {
            start();
        }
        // A newer node has migrated the case schema further than this version knows (the pattern of a rolling update).
        Map<String, Long> migrations = migrationsPerSchema();
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO cases.flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) SELECT max(installed_rank) + 1, '999', 'of a newer node', 'SQL', "
                    + "'V999__of_a_newer_node.sql', 0, current_user, 1, true FROM cases.flyway_schema_history");
        }
        Path home2 = Installation.create("reliability-node2");
        Path data2 = Files.createTempDirectory("polku-node2");
        ProcessBuilder pb = new ProcessBuilder(home2.resolve("bin/polku").toString(), "--demo")
                .redirectErrorStream(true).redirectOutput(LOGS.resolve("reliability-node2.log").toFile());
        pb.environment().putAll(Map.of("POLKU_HTTP_PORT", Integer.toString(PORT2), "POLKU_DATA_DIR", data2.toString(),
                "POLKU_DB_URL", "jdbc:postgresql://localhost:" + DB_PORT + "/polku", "POLKU_DB_USER", "postgres",
                "POLKU_DB_PASSWORD", Files.readString(DATA.resolve("postgres.password")).trim()));
        node2 = pb.start();
        new Api(PORT2).await("health", 200, 180);
        Map<String, Long> after = migrationsPerSchema();
        after.merge("cases", -1L, Long::sum);
        assertEquals(migrations, after, "the second node ran no migration: the first had run them once");
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM cases.flyway_schema_history WHERE version = '999'");
        }
        Api admin = new Api(PORT);
        assertEquals(200, admin.login("admin", "polku-demo").status());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertTrue(
                admin.get("health").body().path("checks").path("cluster").path("detail").asText().startsWith("2 nodes up: "),
                admin.get("health").body().path("checks").toString()));
        JsonNode nodes = admin.get("v1/admin/nodes").body();
        assertEquals(2, nodes.size(), nodes.toString());

        Api onNode1 = loggedIn();
        Api onNode2 = onNode1.onPort(PORT2);
        assertEquals(200, onNode2.get("v1/worklist").status(), "a session started on node 1 is valid on node 2");
        assertEquals(201, onNode2.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("010203", '-', 975), "Kaksi",
                "Solmua")).status(), "and so is its CSRF token");

        assertEquals("AVAILABLE", offer(onNode2, "coaching").path("status").asText());
        long t0 = System.nanoTime();
        Api.Reply changed = admin.put("v1/admin/municipalities/285/modules/coaching", "{\"moduleId\": \"\"}");
        assertEquals(200, changed.status(), changed.body().toString());
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> offer(onNode2, "coaching").path("status").asText().equals("NOT_OFFERED"));
        System.out.printf("a mapping changed on node 1 applied on node 2 in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        assertEquals(200, admin.put("v1/admin/municipalities/285/modules/coaching", "{\"moduleId\": \"coaching-default\"}").status());
        await().atMost(Duration.ofSeconds(20)).until(() -> offer(onNode2, "coaching").path("status").asText().equals("AVAILABLE"));

        // The nightly run, once a day whatever dies. This test's own connection takes the run's advisory lock, as a
        // node in the middle of the run holds it: neither node runs the day meanwhile. Then that connection dies, as a
        // SIGKILLed node's does (to PostgreSQL they are the same: the socket closes, the lock and the transaction go),
        // and one of the two nodes runs the day within seconds, once.
        String today = Day.today().toString();
        Files.writeString(HOME.resolve("configs/fi.polku.process.nightly.cfg.json"), "{\"runAt\": \"00:00\"}"); // due all day
        Connection runner = database();
        try (Statement s = runner.createStatement(); Connection c = database(); Statement d = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + 0x706f6c6b75L + ")");
            d.executeUpdate("DELETE FROM cases.nightly_run WHERE day = '" + today + "'");
            // Over a check of each node (every 5 s) and more: nobody runs the day while the lock is held.
            await().during(Duration.ofSeconds(7)).atMost(Duration.ofSeconds(15)).until(() -> nightlyRuns(today).isEmpty());
        }
        long died = System.nanoTime();
        runner.close();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> !nightlyRuns(today).isEmpty());
        System.out.printf("the nightly run of a node that died run by %s %.1f s later%n", nightlyRuns(today), (System.nanoTime() - died) / 1e9);
        await().during(Duration.ofSeconds(7)).atMost(Duration.ofSeconds(12)).until(() -> nightlyRuns(today).endsWith(" 1"));
    }

    /** Who ran the nightly run of {@code day} and how many times ("host:port 1"), or empty. */
    private static String nightlyRuns(String day) throws Exception {
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT node || ' ' || runs FROM cases.nightly_run WHERE day = '" + day + "'")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** The count of applied migrations in each schema's Flyway history. */
    private static Map<String, Long> migrationsPerSchema() throws Exception {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (Connection c = database(); Statement s = c.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_schema FROM information_schema.tables WHERE table_name = 'flyway_schema_history'")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String schema : schemas) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + schema + "\".flyway_schema_history")) {
                    rs.next();
                    counts.put(schema, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * HAProxy (the configuration in docs/haproxy) in front of the two nodes, four caseworkers
     * registering people and reading worklists through it, and one node killed with SIGKILL: every
     * registration acknowledged is in the database, and no request failed but those in flight at the
     * kill (one per caseworker at most).
     */
    @Test
    @Order(14)
    void aNodeKilledBehindTheLoadBalancerLosesNoAcknowledgedWrite() throws Exception {
        Path haproxyBin = Path.of("/usr/sbin/haproxy");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(haproxyBin), "HAProxy is not installed (.ci/run installs it)");
        assertTrue(node2 != null && node2.isAlive(), "the second node of the previous test runs");
        int lb = freePort();
        ProcessBuilder pb = new ProcessBuilder(haproxyBin.toString(), "-db", "-f", Path.of("../../docs/haproxy/polku.cfg").toAbsolutePath()
                .normalize().toString()).redirectErrorStream(true).redirectOutput(LOGS.resolve("reliability-haproxy.log").toFile());
        pb.environment().putAll(Map.of("LB_BIND", "127.0.0.1:" + lb, "NODE1", "127.0.0.1:" + PORT, "NODE2", "127.0.0.1:" + PORT2));
        Process haproxy = pb.start();
        try {
            new Api(lb).await("health", 200, 30);
            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
            java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
            List<Thread> caseworkers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int worker = t;
                Thread th = new Thread(() -> {
                    Api api = new Api(lb);
                    assertEquals(200, api.login("caseworker", "polku-demo").status());
                    for (int i = 0; !stop.get() && i < 336 * 30; i++) { // a person a day of a year, 30 times: never the same code twice
                        String code = Api.syntheticIdentityCode(String.format("%02d%02d%02d", 1 + i % 28, 1 + i / 28 % 12, 60 + worker), '-',
                                960 + i / 336);
                        long at = System.nanoTime();
                        try {
                            Api.Reply r = api.post("v1/customers", Api.customerJson(code, "Kuorma", "Tasaaja"));
                            requests.incrementAndGet();
                            if (r.status() == 201) {
                                acknowledged.add(code);
                            } else {
                                failed.add(at + " POST " + r.status());
                            }
                            Api.Reply list = api.get("v1/worklist");
                            requests.incrementAndGet();
                            if (list.status() != 200) {
                                failed.add(System.nanoTime() + " GET " + list.status());
                            }
                        } catch (RuntimeException | AssertionError e) {
                            failed.add(at + " " + e.getClass().getSimpleName());
                        }
                    }
                });
                th.start();
                caseworkers.add(th);
            }
            TimeUnit.SECONDS.sleep(8);
            long killedAt = System.nanoTime();
            node2.destroyForcibly(); // SIGKILL
            assertTrue(node2.waitFor(30, TimeUnit.SECONDS));
            TimeUnit.SECONDS.sleep(8);
            stop.set(true);
            for (Thread th : caseworkers) {
                th.join(60_000);
            }
            Set<String> present = new HashSet<>();
            try (Connection c = database(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT identity_code FROM cases.customer WHERE last_name = 'Tasaaja'")) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
            System.out.printf("two nodes behind HAProxy, one killed: %d requests, %d registrations acknowledged, %d present after, "
                    + "%d failed %s (the kill at %d)%n", requests.get(), acknowledged.size(), present.size(), failed.size(), failed, killedAt);
            assertTrue(acknowledged.size() > 20, "the load ran: " + acknowledged.size());
            assertTrue(caseworkers.stream().allMatch(th -> !th.isAlive()), "the caseworkers stopped when told");
            assertTrue(present.containsAll(acknowledged), "every acknowledged registration is in the database");
            assertTrue(failed.size() <= 4, "only the requests in flight at the kill may fail: " + failed);

            // Work done once goes on without the dead node: a referral made now reaches its module from the survivor
            // (whichever node held the module's delivery lock, the dead one's went with its connection).
            Api api = new Api(lb);
            assertEquals(200, api.login("caseworker", "polku-demo").status());
            String customer = api.post("v1/customers", Api.customerJson(Api.syntheticIdentityCode("150659", '-', 967), "Ohjattu",
                    "Eloonjäänyt")).body().path("id").asText();
            assertEquals(201, api.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + Day.today()
                    + "\", \"status\": \"unemployed\"}").status(), "coaching is for registered job seekers");
            Api.Reply referral = api.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"coaching\", \"purpose\": \"Valmennus\"}");
            assertEquals(201, referral.status(), referral.body().toString());
            String referralId = referral.body().path("id").asText();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                try (Connection c = database(); PreparedStatement q = c.prepareStatement(
                        "SELECT count(*) FROM cases.referral_event WHERE referral_id = ?::uuid")) {
                    q.setString(1, referralId);
                    try (ResultSet rs = q.executeQuery()) {
                        return rs.next() && rs.getLong(1) == 0;
                    }
                }
            });

            // And the nightly run: run through the load balancer now, by the survivor.
            Api admin = new Api(lb);
            assertEquals(200, admin.login("admin", "polku-demo").status());
            Api.Reply nightly = admin.post("v1/admin/nightly-run", "{}");
            assertEquals(200, nightly.status(), nightly.body().toString());
            assertTrue(nightly.body().path("statisticsRows").asLong() > 0, "the survivor ran it: " + nightly.body());
        } finally {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode offer(Api api, String serviceType) {
        for (com.fasterxml.jackson.databind.JsonNode o : api.get("v1/modules/offers/285").body()) {
            if (o.path("serviceType").asText().equals(serviceType)) {
                return o;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /**
     * The restore drill: a backup taken while Polku runs and people register, then more work, then
     * the restore: everything acknowledged before the backup is back, nothing after it, and the
     * database it replaced is kept. A restore while Polku runs is refused.
     */
    @Test
    @Order(10)
    void aBackupTakenWhileRunningIsRestoredWithEveryWriteBeforeIt() throws Exception {
        start();
        Api api = loggedIn();
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String code = Api.syntheticIdentityCode(String.format("%02d0580", 1 + i), '-', 970);
            assertEquals(201, api.post("v1/customers", Api.customerJson(code, "Varmuus", "Kopioitu")).status());
            before.add(code);
        }
        Path file = DATA.resolveSibling(DATA.getFileName() + "-backup.zip");
        // People go on working while the backup is taken.
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            Api w = new Api(PORT);
            w.login("caseworker", "polku-demo");
            for (int i = 0; !stop.get() && i < 500; i++) {
                w.get("v1/worklist");
            }
        });
        writer.start();
        long t0 = System.nanoTime();
        Process backup = command("backup", file.toString());
        stop.set(true);
        writer.join(30_000);
        String said = output(backup);
        assertEquals(0, backup.exitValue(), said);
        assertTrue(said.contains("taken while Polku ran"), said);
        System.out.printf("backup while running: %d MB in %.1f s%n", Files.size(file) >> 20, (System.nanoTime() - t0) / 1e9);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(file),
                "the backup holds personal data");
        String after = Api.syntheticIdentityCode("310580", '-', 971);
        assertEquals(201, api.post("v1/customers", Api.customerJson(after, "Myöhemmin", "Kirjattu")).status());

        Process refused = command("restore", file.toString());
        String refusal = output(refused);
        assertEquals(3, refused.exitValue(), refusal);
        assertTrue(refusal.contains("stop it first"), refusal);

        polku.destroy();
        assertTrue(polku.waitFor(90, TimeUnit.SECONDS));
        Process restore = command("restore", file.toString());
        String restored = output(restore);
        assertEquals(0, restore.exitValue(), restored);
        start(Map.of("POLKU_LOG_FORMAT", "json")); // from here on the log is JSON: see logsAsJsonWhenAsked
        Set<String> present = new HashSet<>();
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT identity_code FROM cases.customer WHERE last_name IN ('Kopioitu', 'Kirjattu')")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        assertEquals(new HashSet<>(before), present, "what was written before the backup, and nothing after it");
        try (Stream<Path> kept = Files.list(DATA)) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("postgres.replaced-")), "the replaced database is kept");
        }
    }

    private static Process command(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/polku").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env());
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), String.join(" ", args) + " finished");
        return p;
    }

    private static String output(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void start() throws IOException, InterruptedException {
        start(Map.of());
    }

    private static void start(Map<String, String> settings) throws IOException, InterruptedException {
        Files.createDirectories(LOGS);
        starts++;
        ProcessBuilder pb = new ProcessBuilder(HOME.resolve("bin/polku").toString(), "--demo")
                .redirectErrorStream(true).redirectOutput(LOGS.resolve("reliability-" + starts + ".log").toFile());
        pb.environment().putAll(env());
        pb.environment().putAll(settings);
        polku = pb.start();
        new Api(PORT).await("health", 200, 180);
        // The service modules start after the core answers: a test that kills the database means a running platform,
        // not one whose modules are still opening their schemas (their waits would hold up the framework's stop).
        Api staff = loggedIn();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (staff.get("health").body().path("moduleFaults").size() > 0) {
            assertTrue(System.nanoTime() < end, "every mapped module started");
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /** Logged in; right after the database came back, the pool may first hand out a connection it finds dead (503). */
    private static Api loggedIn() throws InterruptedException {
        Api api = new Api(PORT);
        for (int i = 0; i < 30; i++) {
            int status = api.login("caseworker", "polku-demo").status();
            if (status == 200) {
                return api;
            }
            // 503: the database is still away. 404: the service modules are still starting, and while the Jakarta REST
            // whiteboard rebuilds the application for each, a request can meet one without the login (a known gap,
            // noted on issue 16); either is over within seconds.
            assertTrue(status == 503 || status == 404, "only the database's absence or a start under way may refuse a login: " + status);
            TimeUnit.SECONDS.sleep(1);
        }
        throw new AssertionError("cannot log in");
    }

    private static Map<String, String> env() {
        return Map.of("POLKU_HTTP_PORT", Integer.toString(PORT), "POLKU_DATA_DIR", DATA.toString(),
                "POLKU_DB_EMBEDDED_PORT", Integer.toString(DB_PORT));
    }

    private static Connection database() throws Exception {
        String password = Files.readString(DATA.resolve("postgres.password")).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + DB_PORT + "/polku", "postgres", password);
    }

    /**
     * The postgres processes (each works in the data folder) and the watchdog (which names it on
     * its command line); zombies left by a parent that does not reap them are gone.
     */
    private static List<ProcessHandle> processesUsing(Path folder) {
        Path pgData = folder.resolve("postgres");
        String f = pgData.toString();
        return ProcessHandle.allProcesses().filter(h -> {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
                if (stat.charAt(stat.lastIndexOf(')') + 2) == 'Z') {
                    return false;
                }
                return h.info().commandLine().map(c -> c.contains(f)).orElse(false)
                        || Files.readSymbolicLink(Path.of("/proc", Long.toString(h.pid()), "cwd")).equals(pgData.toRealPath());
            } catch (IOException | RuntimeException gone) {
                return false;
            }
        }).toList();
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("polku-reliability");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
