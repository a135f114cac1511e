package fi.polku.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Matching on a large population: loads {@code N} synthetic job seekers (four in five with a
 * job-search profile) into the assembled distribution, then asks the candidates of the demo's
 * vacancies through the REST API ({@code GET /api/v1/vacancies/{id}/candidates?limit=50}, which
 * also writes an audit event per person shown) and runs the same two SELECTs directly over JDBC on the
 * same database, and prints p50/p95 of both and their ratio.
 *
 * <p>Usage: {@code mvn -q -DskipTests install && mvn -q -pl benchmarks exec:java
 * -Dexec.mainClass=fi.polku.benchmarks.MatchingBenchmark -Dexec.args="1000000"}. Prints figures; asserts nothing.
 */
public final class MatchingBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLES = 300;
    private static final int WARMUP = 50;
    private static final int CHUNK = 100_000;
    /** The two statements of the core's CorePlacement, as it sends them (keep them alike): the rows by signature, then the profiles. */
    private static final String MATCH = "SELECT m.customer_id, (CASE WHEN m.unit_bits & ? <> 0 THEN 6 ELSE 3 END) + (CASE WHEN m.place_named THEN 2 ELSE 1 END) "
            + "+ least(bit_count((m.skill_bits & (SELECT coalesce(bit_or(1::bigint << (hashtext(x) & 63)), 0) "
            + "FROM unnest(CAST(? AS varchar[])) x))::bit(64)), 5) + (CASE WHEN m.available_from IS NULL OR m.available_from <= ? THEN 1 ELSE 0 END) AS score "
            + "FROM cases.job_search_match m WHERE m.match_key = ANY(CAST(? AS varchar[])) AND m.languages @> CAST(? AS varchar[]) "
            + "AND (m.driving_licence OR NOT ?) ORDER BY score DESC, m.customer_id LIMIT ?";
    private static final String DETAILS = "SELECT p.customer_id, c.first_name, c.last_name, c.municipality_code, p.consent_to_present, p.available_from, "
            + "array_to_string(p.occupations, ','), array_to_string(p.municipalities, ','), array_to_string(p.skills, chr(31)) "
            + "FROM cases.job_search_profile p JOIN cases.customer c ON c.id = p.customer_id WHERE p.customer_id = ANY(?) "
            + "AND EXISTS (SELECT 1 FROM cases.job_search_period j WHERE j.customer_id = p.customer_id AND j.end_date IS NULL)";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    private String csrf;

    private MatchingBenchmark(int port) {
        this.base = "http://localhost:" + port + "/api/";
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (Distribution polku = Distribution.start()) {
            polku.awaitHealthy();
            new MatchingBenchmark(polku.port).run(polku, people);
        }
    }

    private void run(Distribution polku, int people) throws Exception {
        System.out.printf("machine: %d cores%n", Runtime.getRuntime().availableProcessors());
        login("admin");
        for (int done = 0; done < people; done += CHUNK) {
            int n = Math.min(CHUNK, people - done);
            send("POST", "v1/admin/demo-population?count=" + n, Duration.ofMinutes(30));
            System.out.printf("loaded %,d job seekers%n", done + n);
        }
        try (Connection c = polku.jdbc()) {
            // As autovacuum would after a bulk load: the statistics and the visibility map (index-only scans).
            c.createStatement().execute("VACUUM ANALYZE cases.job_search_match");
            c.createStatement().execute("ANALYZE cases.job_search_profile");
            ResultSet n = c.createStatement().executeQuery("SELECT count(*) FROM cases.job_search_profile");
            n.next();
            System.out.printf("job-search profiles: %,d%n", n.getLong(1));
        }
        login("caseworker");
        JsonNode feed = send("GET", "v1/vacancy-feed?limit=100", Duration.ofSeconds(30)).path("vacancies");
        List<JsonNode> vacancies = new ArrayList<>();
        feed.forEach(vacancies::add);
        if (vacancies.isEmpty()) {
            throw new IllegalStateException("the demo has no published vacancies");
        }
        long[] rest = new long[SAMPLES];
        int[] sizes = new int[SAMPLES];
        for (int i = 0; i < WARMUP + SAMPLES; i++) {
            JsonNode v = vacancies.get(i % vacancies.size());
            long t0 = System.nanoTime();
            JsonNode found = send("GET", "v1/vacancies/" + v.path("id").asText() + "/candidates?limit=50", Duration.ofSeconds(30));
            if (i >= WARMUP) {
                rest[i - WARMUP] = System.nanoTime() - t0;
                sizes[i - WARMUP] = found.size();
            }
        }
        long[] sql = new long[SAMPLES];
        try (Connection c = polku.jdbc(); PreparedStatement match = c.prepareStatement(MATCH); PreparedStatement details = c.prepareStatement(DETAILS)) {
            for (int i = 0; i < WARMUP + SAMPLES; i++) {
                JsonNode v = vacancies.get(i % vacancies.size());
                long t0 = System.nanoTime();
                bind(match, v);
                List<Object> ids = new ArrayList<>();
                try (ResultSet rs = match.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1));
                    }
                }
                details.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = details.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(9);
                    }
                }
                if (i >= WARMUP) {
                    sql[i - WARMUP] = System.nanoTime() - t0;
                }
            }
        }
        Arrays.sort(rest);
        Arrays.sort(sql);
        System.out.printf("CANDIDATES via REST (limit 50, %d vacancies, %.0f found on average): p50 %.1f ms, p95 %.1f ms%n", vacancies.size(),
                Arrays.stream(sizes).average().orElse(0), rest[SAMPLES / 2] / 1e6, rest[SAMPLES * 95 / 100] / 1e6);
        System.out.printf("THE SAME SELECTS over JDBC: p50 %.1f ms, p95 %.1f ms%n", sql[SAMPLES / 2] / 1e6, sql[SAMPLES * 95 / 100] / 1e6);
        System.out.printf("RATIO REST/SQL: p50 %.2f, p95 %.2f%n", (double) rest[SAMPLES / 2] / sql[SAMPLES / 2],
                (double) rest[SAMPLES * 95 / 100] / sql[SAMPLES * 95 / 100]);
    }

    /** The parameters of MATCH for a vacancy of the feed, fetching 200 rows (4 x 50) as the core does first. */
    private static void bind(PreparedStatement ps, JsonNode v) throws Exception {
        String code = v.path("occupation").path("code").asText();
        String place = v.path("municipalityCode").asText();
        ps.setInt(1, 1 << (code.charAt(3) - '0'));
        ps.setString(2, literal(JSON.convertValue(v.path("skills"), String[].class)));
        ps.setDate(3, java.sql.Date.valueOf(LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"))));
        ps.setString(4, "{\"" + code.substring(0, 3) + ":" + place + "\",\"" + code.substring(0, 3) + ":*\"}");
        ps.setString(5, literal(JSON.convertValue(v.path("languages"), String[].class)));
        ps.setBoolean(6, v.path("drivingLicence").asBoolean());
        ps.setInt(7, 200);
    }

    private static String literal(String[] values) {
        return "{" + String.join(",", Arrays.stream(values).map(s -> "\"" + s + "\"").toList()) + "}";
    }

    private void login(String user) throws Exception {
        csrf = null;
        JsonNode r = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"polku-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        csrf = r.path("csrfToken").asText();
    }

    private JsonNode send(String method, String path, Duration timeout) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).header("X-CSRF-Token", csrf);
        b = method.equals("POST") ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
