package fi.polku.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replaces Kotka's coaching module with a partner's bundle while caseworkers keep working, and
 * counts the failed requests, for Kotka and for the other municipalities, during it.
 *
 * <p>Load: {@code THREADS} caseworkers in a loop, each reading another municipality's offers,
 * a customer page, and Kotka's offers. Replacement: upload the partner bundle (checked, deployed)
 * and map Kotka's coaching to it, until Kotka's offer names the partner; then remove it again.
 *
 * <p>Usage: {@code mvn -q -DskipTests package && mvn -q -pl platform/itests test-compile
 * && mvn -q -pl benchmarks exec:java -Dexec.mainClass=fi.polku.benchmarks.ModuleReplacementBenchmark}
 * (the second command builds the example partner bundle). Prints figures; asserts nothing.
 */
public final class ModuleReplacementBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 4;
    private static final int ROUNDS = 5;

    private final String base;

    private ModuleReplacementBenchmark(int port) {
        this.base = "http://localhost:" + port + "/api/";
    }

    /** One logged-in client. */
    private final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        String csrf;

        Client(String user) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "session")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"polku-demo\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            csrf = JSON.readTree(r.body()).path("csrfToken").asText();
        }

        HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String type) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("X-CSRF-Token", csrf);
            if (type != null) {
                b.header("Content-Type", type);
            }
            return http.send(b.method(method, body).build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode get(String path) throws Exception {
            return JSON.readTree(send("GET", path, HttpRequest.BodyPublishers.noBody(), null).body());
        }
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("polku.partner.jar",
                "platform/itests/target/examples/partner-coaching/target/partner-coaching-1.0.0.jar")).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the example partner bundle first (mvn -q -pl platform/itests test-compile): " + jar);
        }
        try (Distribution polku = Distribution.start()) {
            polku.awaitHealthy();
            new ModuleReplacementBenchmark(polku.port).run(Files.readAllBytes(jar));
        }
    }

    private void run(byte[] partnerJar) throws Exception {
        Client admin = new Client("admin");
        Client probe = new Client("caseworker");
        String customer = probe.get("v1/units/guidance/queue?limit=1").path("items").get(0).path("customerId").asText();

        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentHashMap<String, AtomicLong> ok = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, AtomicLong> failed = new ConcurrentHashMap<>();
        Thread[] load = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            Client c = new Client("caseworker");
            load[t] = new Thread(() -> {
                while (running.get()) {
                    call(c, "other municipalities' offers", "v1/modules/offers/075", ok, failed);
                    call(c, "customer page", "v1/customers/" + customer, ok, failed);
                    call(c, "Kotka's offers", "v1/modules/offers/285", ok, failed);
                }
            });
            load[t].start();
        }
        Thread.sleep(2_000);
        long[] replaceMs = new long[ROUNDS];
        java.util.List<String> parts = new java.util.ArrayList<>();
        long[] removeMs = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            HttpResponse<String> up = admin.send("POST", "v1/admin/bundles?file=partner-coaching-1.0.0.jar",
                    HttpRequest.BodyPublishers.ofByteArray(partnerJar), "application/octet-stream");
            if (up.statusCode() != 201) {
                throw new IllegalStateException("upload answered " + up.statusCode() + ": " + up.body());
            }
            long bundleId = JSON.readTree(up.body()).path("id").asLong();
            long uploaded = System.nanoTime();
            admin.send("PUT", "v1/admin/municipalities/285/modules/coaching",
                    HttpRequest.BodyPublishers.ofString("{\"moduleId\":\"kotka-coaching-partner\"}"), "application/json");
            long mapped = System.nanoTime();
            while (!probe.get("v1/modules/offers/285").toString().contains("Esimerkki")) {
                Thread.sleep(5);
            }
            replaceMs[round] = (System.nanoTime() - t0) / 1_000_000;
            parts.add(String.format("%d+%d+%d", (uploaded - t0) / 1_000_000, (mapped - uploaded) / 1_000_000,
                    (System.nanoTime() - mapped) / 1_000_000));
            Thread.sleep(1_000);
            long t1 = System.nanoTime();
            admin.send("PUT", "v1/admin/municipalities/285/modules/coaching",
                    HttpRequest.BodyPublishers.ofString("{\"moduleId\":\"coaching-default\"}"), "application/json");
            admin.send("DELETE", "v1/admin/bundles/" + bundleId, HttpRequest.BodyPublishers.noBody(), null);
            while (probe.get("v1/modules/offers/285").toString().contains("Esimerkki")) {
                Thread.sleep(20);
            }
            removeMs[round] = (System.nanoTime() - t1) / 1_000_000;
            Thread.sleep(1_000);
        }
        running.set(false);
        for (Thread t : load) {
            t.join();
        }
        System.out.printf("machine: %d cores; %d caseworker threads in a loop during %d replacements%n",
                Runtime.getRuntime().availableProcessors(), THREADS, ROUNDS);
        System.out.printf("REPLACE (upload+check+deploy+start bundle, remap Kotka, until Kotka's offer names the partner): %s ms%n",
                java.util.Arrays.toString(replaceMs));
        System.out.printf("  of which upload (check, deploy, start) + remap request + until the offer names it: %s ms%n", parts);
        System.out.printf("REMOVE (remap Kotka back, uninstall, until Kotka's offer no longer names the partner): %s ms%n",
                java.util.Arrays.toString(removeMs));
        for (String what : new java.util.TreeSet<>(ok.keySet())) {
            System.out.printf("%s: %,d requests, %,d failed%n", what, ok.get(what).get() + failed.getOrDefault(what, new AtomicLong()).get(),
                    failed.getOrDefault(what, new AtomicLong()).get());
        }
    }

    private static void call(Client c, String what, String path, ConcurrentHashMap<String, AtomicLong> ok,
            ConcurrentHashMap<String, AtomicLong> failed) {
        boolean good;
        try {
            good = c.send("GET", path, HttpRequest.BodyPublishers.noBody(), null).statusCode() == 200;
        } catch (Exception e) {
            good = false;
        }
        (good ? ok : failed).computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }
}
