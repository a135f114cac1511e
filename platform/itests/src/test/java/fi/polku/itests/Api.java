package fi.polku.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A REST client as a browser would be: it keeps the session cookie and sends the CSRF token. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        String message() {
            return body.path("message").asText();
        }
    }

    private final int port;
    private final String base;
    private final HttpClient http;
    private String csrf;
    private String language;

    private final CookieManager cookies;

    Api(int port) {
        this(port, new CookieManager());
    }

    private Api(int port, CookieManager cookies) {
        this.port = port;
        this.base = "http://localhost:" + port + "/api/";
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The same session (cookie and CSRF token) sent to another node, as a load balancer would pass the next request on. */
    Api onPort(int otherPort) {
        Api other = new Api(otherPort, cookies);
        other.csrf = csrf;
        other.language = language;
        return other;
    }

    int port() {
        return port;
    }

    Reply login(String username, String password) {
        Reply r = post("session", "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
        if (r.status() == 200) {
            csrf = r.body().path("csrfToken").asText();
        }
        return r;
    }

    /** Any request, for what the helpers above do not send (a large or chunked body, a raw query). */
    Reply request(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    /** Forgets the CSRF token (the cookie stays), as a forged cross-site request would be. */
    void dropCsrf() {
        csrf = null;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET whose answer is a file (a PDF): its bytes as sent. */
    HttpResponse<byte[]> bytes(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(30));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply postBytes(String path, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Sends {@code Accept-Language} from now on, as the console does; null sends none, as API clients do. */
    Api language(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    private Reply send(HttpRequest.Builder b) {
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        b.timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            boolean json = r.headers().firstValue("Content-Type").map(t -> t.contains("json")).orElse(true);
            JsonNode body = r.body() == null || r.body().isBlank() || !json ? JSON.createObjectNode() : JSON.readTree(r.body());
            return new Reply(r.statusCode(), body, r);
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Polls until {@code GET path} answers {@code status}, or fails after {@code seconds}. */
    Reply await(String path, int status, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Reply last = null;
        while (System.nanoTime() < end) {
            try {
                last = get(path);
                if (last.status() == status) {
                    return last;
                }
            } catch (AssertionError connectionRefused) {
                // not listening yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("GET " + path + " did not answer " + status + " within " + seconds + " s; last: "
                + (last == null ? "no connection" : last.status() + " " + last.body()));
    }

    /** A synthetic identity code (individual number 900-999) with the right control character. */
    static String syntheticIdentityCode(String ddmmyy, char century, int individual) {
        String digits = ddmmyy + String.format("%03d", individual);
        char q = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(digits) % 31));
        return ddmmyy + century + String.format("%03d", individual) + q;
    }

    static String customerJson(String identityCode, String firstName, String lastName) {
        return "{\"identityCode\": \"" + identityCode + "\", \"firstName\": \"" + firstName + "\", \"lastName\": \""
                + lastName + "\", \"municipalityCode\": \"285\", \"language\": \"fi\"}";
    }
}
