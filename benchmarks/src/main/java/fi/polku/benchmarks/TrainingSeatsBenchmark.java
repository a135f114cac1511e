package fi.polku.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * 200 concurrent seat requests for a 20-seat course: prints how many were selected and refused
 * (exactly 20 and 180 when nothing is overbooked) and the latency of the selections, p50 and p95.
 *
 * <p>Set-up (not timed): 200 synthetic job seekers, each with a job search, a training referral
 * and an application to one new 20-seat course of the area's own production (a unit lead selects).
 * Then all 200 selections start together from 200 threads.
 *
 * <p>Usage: {@code mvn -q -DskipTests install && mvn -q -pl benchmarks exec:java
 * -Dexec.mainClass=fi.polku.benchmarks.TrainingSeatsBenchmark}. Prints figures; asserts nothing.
 */
public final class TrainingSeatsBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SEATS = 20;
    private static final int REQUESTS = 200;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String csrf;

    private TrainingSeatsBenchmark(int port) {
        this.base = "http://localhost:" + port + "/api/";
    }

    public static void main(String[] args) throws Exception {
        try (Distribution polku = Distribution.start()) {
            polku.awaitHealthy();
            new TrainingSeatsBenchmark(polku.port).run();
        }
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Accept-Language", "en");
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private void run() throws Exception {
        csrf = ok(send("POST", "session", "{\"username\":\"lead\",\"password\":\"polku-demo\"}"), 200).path("csrfToken").asText();
        while (send("GET", "v1/training/courses", null).statusCode() != 200) {
            Thread.sleep(200);
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
        String course = ok(send("POST", "v1/training/courses", "{\"name\":\"Benchmark\",\"kind\":\"labour-market\",\"provider\":\"Alue\","
                + "\"language\":\"fi\",\"place\":\"kotka\",\"seats\":" + SEATS + ",\"applicationsOpen\":\"" + today + "\",\"applicationsClose\":\""
                + today.plusDays(7) + "\",\"startsOn\":\"" + today.plusDays(14) + "\",\"endsOn\":\"" + today.plusDays(60) + "\"}"), 201)
                .path("id").asText();
        List<String> applications = new ArrayList<>();
        long setup = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            String digits = String.format("%02d%02d75", 1 + i % 28, 1 + i / 28);
            String customer = null;
            for (int individual = 900; customer == null; individual++) { // a demo job seeker may have the code already: take the next
                String n = String.format("%03d", individual);
                String code = digits + "-" + n + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(digits + n) % 31));
                HttpResponse<String> r = send("POST", "v1/customers", "{\"identityCode\":\"" + code + "\",\"firstName\":\"Seat\","
                        + "\"lastName\":\"Seeker\",\"municipalityCode\":\"285\",\"language\":\"fi\"}");
                customer = r.statusCode() == 409 ? null : ok(r, 201).path("id").asText();
            }
            ok(send("POST", "v1/customers/" + customer + "/job-search-periods", "{\"start\":\"" + today.minusDays(3)
                    + "\",\"status\":\"unemployed\",\"integrationPlan\":false}"), 201);
            String referral = ok(send("POST", "v1/customers/" + customer + "/referrals", "{\"serviceType\":\"training\",\"purpose\":\"benchmark\"}"), 201)
                    .path("id").asText();
            String body = "{\"referralId\":\"" + referral + "\",\"courseId\":\"" + course + "\"}";
            HttpResponse<String> applied = send("POST", "v1/training/applications", body);
            while (applied.statusCode() == 409 && applied.body().contains("referral-not-received")) {
                Thread.sleep(50); // the module hears of the referral within moments
                applied = send("POST", "v1/training/applications", body);
            }
            applications.add(ok(applied, 201).path("id").asText());
        }
        System.out.printf("set-up: %d applicants in %.1f s%n", REQUESTS, (System.nanoTime() - setup) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> results = new ArrayList<>();
        for (String a : applications) {
            results.add(pool.submit(() -> {
                go.await();
                long t0 = System.nanoTime();
                int status = send("POST", "v1/training/provider/applications/" + a + "/select", "{}").statusCode();
                return new long[] {status, System.nanoTime() - t0};
            }));
        }
        long t0 = System.nanoTime();
        go.countDown();
        int selected = 0;
        int full = 0;
        int other = 0;
        long[] latencies = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long[] r = results.get(i).get();
            latencies[i] = r[1];
            if (r[0] == 200) {
                selected++;
            } else if (r[0] == 409) {
                full++;
            } else {
                other++;
            }
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        pool.shutdown();
        Arrays.sort(latencies);
        JsonNode courseNow = null;
        for (JsonNode c : ok(send("GET", "v1/training/courses", null), 200)) {
            if (c.path("id").asText().equals(course)) {
                courseNow = c;
            }
        }
        System.out.printf("%d concurrent selections for %d seats: %d selected, %d refused as full, %d other; seats taken %d%n", REQUESTS, SEATS,
                selected, full, other, courseNow.path("seatsTaken").asInt());
        System.out.printf("latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; all done in %.0f ms%n", latencies[REQUESTS / 2] / 1e6,
                latencies[(int) (REQUESTS * 0.95)] / 1e6, latencies[REQUESTS - 1] / 1e6, wall);
    }
}
