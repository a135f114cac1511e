package fi.polku.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Loads a synthetic population into the assembled distribution (on its embedded PostgreSQL)
 * and measures, through the REST API as the console would use it: load speed (rows/s), a
 * caseworker's worklist, a unit queue, a customer page, and the nightly run; and, on the same
 * database, PostgreSQL doing the same work directly, as a ratio: the last chunk of the load
 * against {@code COPY} of the same rows into the same tables; the list reads, the name search, the
 * customer page and the register-and-interview write path against the same statements over plain
 * JDBC ({@link DirectSql}; the statements as PostgreSQL's {@code log_statement = all} showed them).
 *
 * <p>Usage: {@code mvn -q -DskipTests package && mvn -q -pl benchmarks exec:java -Dexec.args="1000000"}
 * (the argument is the number of job seekers, default 1,000,000; {@code -Dpolku.bench.keep=true} keeps the
 * database folder, some GB at a million). Prints figures; asserts nothing.
 */
public final class CaseLoadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Timed requests per side. A p95 of 300 is the 15th-slowest request of a window of one or two
     * seconds, and moved with whatever else ran in it: the customer page's REST p95 was 4.0 ms in one
     * run and 6.3 ms in the next on the same idle host (p50 3.1 and 2.8). 1,000 spread each figure
     * over several seconds: several of the server's young collections (a 2.5-3.6 ms pause every
     * 3 s of customer pages) and of its once-a-second background work, as a working day has them.
     */
    private static final int SAMPLES = 1000;
    /**
     * Each comparison warms both sides up for at least this many requests and seconds (at most
     * {@link #WARMUP_MAX} requests) before timing: with 50, the figures measured a JIT still
     * compiling the endpoints (the server's C2 thread at a quarter of a core, and the customer page
     * twice as slow as after a minute of requests, on a demo run with {@code top -H}).
     */
    private static final int WARMUP = 500;
    private static final long WARMUP_SECONDS = 20;
    private static final int WARMUP_MAX = 2000;
    private static final int CHUNK = 100_000;

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * The timed requests go through a client that does its I/O on the calling thread over one
     * kept-alive connection (Apache HttpClient's classic API). {@code java.net.http} hands each
     * request to its selector thread and the answer back; on two shared cores that added 1-3 ms a
     * request of the benchmark's own (measured against a plain socket on a demo run: the session
     * 2.0 against 1.2 ms, the worklist 6.5 against 5.1 ms at p50), which is not Polku's overhead.
     */
    private final CloseableHttpClient blocking = HttpClients.custom().disableCookieManagement().build();
    private String csrf;
    /** The session cookie as the blocking client sends it. */
    private String cookie = "";

    private CaseLoadBenchmark(int port) {
        this.base = "http://localhost:" + port + "/api/";
    }

    private Distribution polku;

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (Distribution polku = Distribution.start()) {
            polku.awaitHealthy();
            CaseLoadBenchmark b = new CaseLoadBenchmark(polku.port);
            b.polku = polku;
            b.run(people);
        }
    }

    private void run(int people) throws Exception {
        System.out.printf("machine: %d cores, max heap of the benchmark JVM %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        login("admin");
        long rows = 0;
        double seconds = 0;
        JsonNode r = null;
        for (int done = 0; done < people; done += CHUNK) {
            int n = Math.min(CHUNK, people - done);
            r = send("POST", "v1/admin/demo-population?count=" + n, Duration.ofMinutes(30));
            long chunkRows = r.path("customers").asLong() + 2 * r.path("periods").asLong() + r.path("tasks").asLong() + r.path("plans").asLong();
            rows += chunkRows;
            seconds += r.path("seconds").asDouble();
            System.out.printf("loaded %,d job seekers (%,d periods, %,d tasks): %,d rows/s%n", done + n, r.path("periods").asLong(),
                    r.path("tasks").asLong(), r.path("rowsPerSecond").asLong());
        }
        System.out.printf("LOAD: %,d job seekers, %,d rows in %.1f s = %,d rows/s%n", people, rows, seconds, (long) (rows / seconds));
        if (r != null) {
            LoadAgainstCopy.compare(polku, r.path("seconds").asDouble());
        }
        // What autovacuum reaches on its own some minutes after a bulk load, done at once so that every figure below is of
        // that steady state: the visibility map set (index-only counts) and the planner's statistics.
        try (java.sql.Connection c = polku.jdbc(); java.sql.Statement st = c.createStatement()) {
            long v0 = System.nanoTime();
            st.execute("VACUUM (ANALYZE) cases.customer, cases.job_search_period, cases.task, cases.unit_assignment, cases.audit_event");
            System.out.printf("VACUUM (ANALYZE) after the load: %.1f s%n", (System.nanoTime() - v0) / 1e9);
        }

        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            JsonNode nightly = send("POST", "v1/admin/nightly-run", Duration.ofMinutes(30));
            System.out.printf("NIGHTLY RUN %d: %.2f s whole run (server %d ms): %,d moved to guidance, %,d tasks moved, %,d statistics rows%n",
                    run, (System.nanoTime() - t0) / 1e9, nightly.path("millis").asLong(), nightly.path("transferred").asLong(),
                    nightly.path("tasksMoved").asLong(), nightly.path("statisticsRows").asLong());
        }

        login("lead");
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            JsonNode forecast = send("GET", "v1/forecast/workload?weeks=12", Duration.ofMinutes(5));
            long tasks = 0;
            for (JsonNode u : forecast.path("units")) {
                for (JsonNode w : u.path("weeks")) {
                    for (JsonNode n : w.path("tasks")) {
                        tasks += n.asLong();
                    }
                }
            }
            System.out.printf("WORKLOAD FORECAST %d (12 weeks, every unit): %.2f s whole request (server %d ms), %,d open tasks due counted%n",
                    run, (System.nanoTime() - t0) / 1e9, forecast.path("millis").asLong(), tasks);
        }

        whatIf();

        login("caseworker");
        String[] prefixes = {"vir", "kor", "mäk", "nie", "lai", "hei", "kos", "jär", "leh", "saa", "sal", "tur"};
        try (java.sql.Connection c = polku.jdbc()) {
            DirectSql sql = new DirectSql(c, "caseworker", "caseworker");
            compare("WORKLIST (caseworker's own, first 100 by due date)", i -> "v1/worklist?limit=100", i -> sql.worklist());
            compare("UNIT QUEUE (initial services, first 100 by due date)", i -> "v1/units/initial/queue?limit=100", i -> sql.queue("initial"));
            compare("UNIT QUEUE (guidance services, first 100 by due date)", i -> "v1/units/guidance/queue?limit=100", i -> sql.queue("guidance"));
            compare("CUSTOMER SEARCH (last-name prefix, first 20)", i -> "v1/customers?q="
                    + java.net.URLEncoder.encode(prefixes[i % prefixes.length], java.nio.charset.StandardCharsets.UTF_8),
                    i -> sql.nameSearch(prefixes[i % prefixes.length]));
            List<java.util.UUID> customers = new ArrayList<>();
            for (JsonNode row : send("GET", "v1/units/guidance/queue?limit=500", Duration.ofMinutes(1)).path("items")) {
                customers.add(java.util.UUID.fromString(row.path("customerId").asText()));
            }
            Random random = new Random(42);
            java.util.UUID[] chosen = new java.util.UUID[1];
            compare("CUSTOMER PAGE (customer, then job-search periods with timeline, plan, units: 2 calls)", i -> {
                chosen[0] = customers.get(random.nextInt(customers.size()));
                send("GET", "v1/customers/" + chosen[0], Duration.ofSeconds(30));
                return "v1/customers/" + chosen[0] + "/job-search-periods";
            }, i -> sql.customerPage(chosen[0]));
            writePath(c, sql);
        }
    }

    /**
     * Registering a job seeker, starting the job search and recording the initial interview (3 requests) against the same
     * statements over JDBC, each with an identity code nobody has yet.
     */
    private void writePath(java.sql.Connection c, DirectSql sql) throws Exception {
        List<String> codes = freshIdentityCodes(c, 2 * (WARMUP_MAX + SAMPLES) + 1);
        // The tasks a search started today gets (step, due, unit), as the server made them, for the JDBC side to write too.
        String period = registerAndInterview(codes.remove(codes.size() - 1));
        List<Object[]> tasks = new ArrayList<>();
        try (java.sql.PreparedStatement s = c.prepareStatement("SELECT step, due, owner_unit FROM cases.task WHERE period_id = ? "
                + "ORDER BY state = 'done' DESC, due, step")) {
            s.setObject(1, java.util.UUID.fromString(period));
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tasks.add(new Object[] {r.getString(1), r.getObject(2, java.time.LocalDate.class), r.getString(3)});
                }
            }
            c.commit();
        }
        compare("WRITE PATH (register a job seeker, start the job search, record the initial interview: 3 calls)",
                i -> registerAndInterview(codes.get(2 * i)), i -> sql.registerAndInterview(codes.get(2 * i + 1), "285", tasks), true);
    }

    /** The three writes through the API; answers the job search's id. */
    private String registerAndInterview(String code) throws Exception {
        String customer = post("v1/customers", "{\"identityCode\":\"" + code + "\",\"firstName\":\"Testi\",\"lastName\":\"Kirjoittaja\","
                + "\"municipalityCode\":\"285\",\"language\":\"fi\"}").path("id").asText();
        String today = java.time.LocalDate.now().toString();
        String period = post("v1/customers/" + customer + "/job-search-periods", "{\"start\":\"" + today
                + "\",\"status\":\"unemployed\",\"integrationPlan\":false}").path("id").asText();
        post("v1/job-search-periods/" + period + "/interviews", "{\"kind\":\"initial\",\"heldOn\":\"" + today + "\",\"mode\":"
                + "\"face-to-face\",\"prerequisites\":\"Koulutus ja työkokemus kartoitettu.\",\"serviceNeed\":\"Työnhaun tuki.\","
                + "\"plan\":{\"applicationsPerMonth\":4,\"agreedServices\":\"Työnhakuvalmennus.\",\"contactMethod\":\"phone\"}}");
        return period;
    }

    /** Synthetic identity codes (individual numbers 900-999) that no customer has: the population uses the same range. */
    private static List<String> freshIdentityCodes(java.sql.Connection c, int n) throws Exception {
        Random random = new Random(7);
        java.util.Set<String> free = new java.util.LinkedHashSet<>();
        java.util.Set<String> tried = new java.util.HashSet<>();
        while (free.size() < n) {
            // A batch of candidates at a time, until enough are nobody's (a million people take many of them).
            List<String> batch = new ArrayList<>();
            while (batch.size() < 2 * (n - free.size())) {
                java.time.LocalDate born = java.time.LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
                String digits = String.format("%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100);
                String individual = Integer.toString(900 + random.nextInt(100));
                String code = digits + "-" + individual + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(digits + individual) % 31));
                if (tried.add(code)) {
                    batch.add(code);
                }
            }
            java.util.Set<String> taken = new java.util.HashSet<>();
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT identity_code FROM cases.customer WHERE identity_code = ANY(?)")) {
                s.setArray(1, c.createArrayOf("varchar", batch.toArray()));
                try (java.sql.ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        taken.add(r.getString(1));
                    }
                }
                c.commit();
            }
            batch.stream().filter(code -> !taken.contains(code)).forEach(free::add);
        }
        return new ArrayList<>(free).subList(0, n);
    }

    private JsonNode post(String path, String json) throws Exception {
        HttpPost post = new HttpPost(base + path);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return exchange(post, Duration.ofSeconds(30));
    }

    private interface PathFor {
        String path(int i) throws Exception;
    }

    private interface Direct {
        void run(int i) throws Exception;
    }

    /** The same work through the REST API and as plain SQL, alternated in rounds so that both see the same database state. */
    private void compare(String what, PathFor path, Direct direct) throws Exception {
        compare(what, path, direct, false);
    }

    /** With {@code calls}, the path itself makes the requests (and answers nothing to fetch). */
    private void compare(String what, PathFor path, Direct direct, boolean calls) throws Exception {
        long[] cpu = Steal.sample();
        long[] rest = new long[SAMPLES];
        long[] sql = new long[SAMPLES];
        long warmUntil = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
        int warmed = 0;
        for (; warmed < WARMUP_MAX && (warmed < WARMUP || System.nanoTime() < warmUntil); warmed++) {
            request(path, warmed, calls);
            direct.run(warmed);
        }
        for (int n = 0; n < SAMPLES; n++) {
            int i = warmed + n;
            long t0 = System.nanoTime();
            request(path, i, calls);
            rest[n] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            direct.run(i);
            sql[n] = System.nanoTime() - t0;
        }
        Arrays.sort(rest);
        Arrays.sort(sql);
        double rest50 = rest[SAMPLES / 2] / 1e6, rest95 = rest[SAMPLES * 95 / 100] / 1e6;
        double sql50 = sql[SAMPLES / 2] / 1e6, sql95 = sql[SAMPLES * 95 / 100] / 1e6;
        System.out.printf("%s: REST p50 %.1f ms, p95 %.1f ms; the same SQL over JDBC p50 %.1f ms, p95 %.1f ms; RATIO REST / SQL p50 %.1f x, "
                + "p95 %.1f x (%d requests each after %d warm-up; %s)%n", what, rest50, rest95, sql50, sql95, rest50 / sql50, rest95 / sql95,
                SAMPLES, warmed, Steal.since(cpu));
    }

    private void request(PathFor path, int i, boolean calls) throws Exception {
        String p = path.path(i);
        if (!calls) {
            send("GET", p, Duration.ofSeconds(30));
        }
    }

    /** The what-if of the example draft rule set, if it has been built (examples/draft-rules): installed, asked three times, removed. */
    private void whatIf() throws Exception {
        java.nio.file.Path jar = java.nio.file.Path.of("examples/draft-rules/target/draft-rules-1.0.0.jar");
        if (!java.nio.file.Files.exists(jar)) {
            System.out.println("WHAT-IF: skipped, build examples/draft-rules first (mvn -f examples/draft-rules/pom.xml package)");
            return;
        }
        login("admin");
        HttpResponse<String> installed = http.send(HttpRequest.newBuilder(URI.create(base + "v1/admin/bundles?file=draft-rules-1.0.0.jar"))
                .header("X-CSRF-Token", csrf).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(jar)).build(), HttpResponse.BodyHandlers.ofString());
        long bundle = JSON.readTree(installed.body()).path("id").asLong();
        try {
            for (int run = 1; run <= 3; run++) {
                long t0 = System.nanoTime();
                JsonNode f = send("GET", "v1/forecast/workload?weeks=12&ruleSet=draft-2027", Duration.ofMinutes(10));
                double now = 0, draft = 0;
                for (JsonNode u : f.path("units")) {
                    for (JsonNode w : u.path("weeks")) {
                        now += w.path("hoursDue").asDouble();
                    }
                }
                for (JsonNode u : f.path("whatIf")) {
                    for (JsonNode w : u.path("weeks")) {
                        draft += w.path("hoursDue").asDouble();
                    }
                }
                System.out.printf("WHAT-IF %d (draft-2027, 12 weeks, every open job search projected twice): %.2f s whole request "
                        + "(server %d ms); hours due %,.0f under the rules in force, %,.0f under the draft%n", run,
                        (System.nanoTime() - t0) / 1e9, f.path("millis").asLong(), now, draft);
            }
        } finally {
            http.send(HttpRequest.newBuilder(URI.create(base + "v1/admin/bundles/" + bundle)).header("X-CSRF-Token", csrf).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private void login(String user) throws Exception {
        csrf = null;
        JsonNode r = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"polku-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        csrf = r.path("csrfToken").asText();
        cookie = cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
    }

    private JsonNode send(String method, String path, Duration timeout) throws Exception {
        return exchange(method.equals("POST") ? new HttpPost(base + path) : new HttpGet(base + path), timeout);
    }

    private JsonNode exchange(HttpUriRequestBase request, Duration timeout) throws Exception {
        request.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout)).build());
        if (csrf != null) {
            request.setHeader("X-CSRF-Token", csrf);
            request.setHeader("Cookie", cookie);
        }
        String[] body = new String[1];
        int status = blocking.execute(request, response -> {
            body[0] = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
            return response.getCode();
        });
        if (status >= 300) {
            throw new IllegalStateException(request.getMethod() + " " + request.getRequestUri() + " answered " + status + ": " + body[0]);
        }
        return JSON.readTree(body[0]);
    }
}
