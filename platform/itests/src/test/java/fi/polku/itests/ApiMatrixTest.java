package fi.polku.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;

/**
 * Every operation of the API description, generated from it: the endpoint x role x CSRF matrix
 * (anonymous 401, a role its resource does not allow 403, a state-changing call without the
 * CSRF token 403) against the roles the resources declare, and a fuzz pass (broken and
 * ill-typed bodies, odd path and query values, control characters, huge values) that must never
 * meet a server error. The figures are printed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiMatrixTest {
    private static final String UUID_ZERO = "00000000-0000-0000-0000-000000000000";
    /** The demo users standing for each role, with the roles they hold. */
    private static final Map<String, Set<String>> CALLERS = new LinkedHashMap<>(Map.of("caseworker", Set.of("caseworker"),
            "lead", Set.of("caseworker", "unit-lead"), "admin", Set.of("it-admin"), "partner", Set.of("partner")));
    private static final List<String> PATH_VALUES = List.of("not-an-id", "-1", "99999999999999999999", "%00", "%2e%2e", "x".repeat(300));
    /** Path segments Jetty's URI checks refuse with its own 400 before any filter runs (a NUL, a dot segment). */
    private static final Set<String> JETTY_REFUSES = Set.of("%00", "%2e%2e");
    private static final List<String> QUERY_VALUES = List.of("x", "-1", "99999999999999999999", "%00", "2026-13-45", "", "%ff%fe",
            "x".repeat(3000));
    private static final List<String> VALUES = List.of("123456789012", "\"x\"", "true", "[]", "{}", "null", "\"\\u0000\"",
            "\"9999-99-99\"", "-1", "1e999999", "\"" + "x".repeat(25_000) + "\"", "[\"\\u0000\", 1, null]", "\"2026-02-30\"");
    private static final List<String> RAW = List.of("", "null", "[]", "\"text\"", "{", "{\"a\":", "[1,2", "{\"a\": 1}}",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"x\": \"\\ud800\"}");

    @Inject
    private BundleContext context;

    private int port;
    private final Map<String, Api> sessions = new TreeMap<>();
    private final Map<String, Api> forgedSessions = new TreeMap<>();

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.options();
    }

    @Before
    public void start() {
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        new Api(port).await("health", 200, 120);
        for (String user : CALLERS.keySet()) {
            session(user);
        }
    }

    private record Operation(String method, String path, JsonNode doc) {
        String key() {
            return method + " " + PlatformTest.normalized(path);
        }

        boolean writes() {
            return !method.equals("GET");
        }

        /** The path with each parameter given a value of its documented kind: its first choice, a number, or a UUID. */
        String plain() {
            String filled = path;
            for (JsonNode p : doc.path("parameters")) {
                if (p.path("in").asText().equals("path")) {
                    JsonNode schema = p.path("schema");
                    String v = schema.path("enum").size() > 0 ? schema.path("enum").get(0).asText()
                            : schema.path("type").asText().equals("integer") ? "999999" : UUID_ZERO;
                    filled = filled.replace("{" + p.path("name").asText() + "}", v);
                }
            }
            return fill(filled, UUID_ZERO);
        }

        /** The documented type of the body: a bundle's jar is sent as octet-stream, everything else as JSON. */
        String bodyType() {
            return doc.path("requestBody").path("content").has("application/json") || !doc.path("requestBody").path("content").fieldNames().hasNext()
                    ? "application/json" : doc.path("requestBody").path("content").fieldNames().next();
        }
    }

    @Test
    public void everyOperationAnswersEachRoleAsItsResourceDeclaresAndWantsTheCsrfToken() throws Exception {
        Declared declared = declaredRoles();
        List<String> wrong = new ArrayList<>();
        int checks = 0;
        for (Operation op : operations()) {
            String path = op.plain();
            String body = op.bodyType().equals("application/json") ? "{}" : "not a jar";
            boolean open = isPublic(op);
            Api.Reply anonymous = send(new Api(port), op.method(), path, body, op.bodyType());
            checks++;
            if (!open && anonymous.status() != 401) {
                wrong.add(op.key() + " anonymous: " + anonymous.status());
            }
            Set<String> allowed = declared.get(op.key());
            for (Map.Entry<String, Set<String>> caller : CALLERS.entrySet()) {
                Api.Reply r = call(caller.getKey(), op.method(), path, body, op.bodyType());
                checks++;
                boolean may = allowed == null || caller.getValue().stream().anyMatch(allowed::contains);
                if (r.status() >= 500 || (!may && !open && r.status() != 403)) {
                    wrong.add(op.key() + " as " + caller.getKey() + ": " + r.status() + " " + r.body());
                }
            }
            if (op.writes() && !open) {
                String who = CALLERS.entrySet().stream().filter(c -> allowed == null || c.getValue().stream().anyMatch(allowed::contains))
                        .map(Map.Entry::getKey).findFirst().orElse("admin");
                Api forged = forgedSessions.computeIfAbsent(who, u -> {
                    Api a = new Api(port);
                    assertEquals(200, a.login(u, "polku-demo").status());
                    a.dropCsrf(); // the session cookie stays, the token is not sent: a forged cross-site request
                    return a;
                });
                Api.Reply r = send(forged, op.method(), path, body, op.bodyType());
                if (r.status() == 401) {
                    forgedSessions.remove(who); // a logout ended it; the next one logs in anew
                }
                checks++;
                if (r.status() != 403 || !r.body().path("code").asText().equals("csrf")) {
                    wrong.add(op.key() + " without the CSRF token as " + who + ": " + r.status() + " " + r.body());
                }
            }
        }
        System.out.printf("API matrix: %d operations, %d calls, %d answers not as declared%n", operations().size(), checks, wrong.size());
        assertEquals(String.join("\n", wrong), 0, wrong.size());
        List<String> unmatched = operations().stream().map(Operation::key).filter(k -> !declared.found().contains(k)).toList();
        assertEquals("every documented operation was found in a served resource", List.of(), unmatched);
    }

    @Test
    public void noBrokenOrHostileInputMeetsAServerError() throws Exception {
        Declared declared = declaredRoles();
        List<String> errors = new ArrayList<>();
        int calls = 0;
        long t0 = System.nanoTime();
        for (Operation op : operations()) {
            Set<String> allowed = declared.get(op.key());
            String who = CALLERS.entrySet().stream().filter(c -> allowed == null || c.getValue().stream().anyMatch(allowed::contains))
                    .map(Map.Entry::getKey).reduce((a, b) -> b.equals("admin") ? b : a).orElse("admin");
            List<String[]> variants = new ArrayList<>();
            String plain = op.plain();
            for (String v : PATH_VALUES) {
                if (!op.path().contains("{")) {
                    continue;
                }
                if (JETTY_REFUSES.contains(v)) {
                    // Refused by Jetty before Polku sees it (400), and the connection closed: asked on a connection of its own.
                    Api.Reply r = send(new Api(port), op.method(), fill(op.path(), v), "{}", "application/json");
                    calls++;
                    if (r.status() >= 500) {
                        errors.add(op.key() + " " + v + ": " + r.status());
                    }
                } else {
                    variants.add(new String[] {fill(op.path(), v), "{}", "application/json"});
                }
            }
            for (JsonNode p : op.doc().path("parameters")) {
                if (p.path("in").asText().equals("query")) {
                    for (String v : QUERY_VALUES) {
                        variants.add(new String[] {plain + "?" + p.path("name").asText() + "=" + v, "{}", "application/json"});
                    }
                }
            }
            if (op.writes()) {
                JsonNode content = op.doc().path("requestBody").path("content");
                if (content.has("application/octet-stream")) {
                    variants.add(new String[] {plain, "PK\u0003\u0004 not a jar", "application/octet-stream"});
                    variants.add(new String[] {plain, "", "application/octet-stream"});
                }
                for (String raw : RAW) {
                    variants.add(new String[] {plain, raw, "application/json"});
                }
                List<String> names = new ArrayList<>();
                content.path("application/json").path("schema").path("properties").fieldNames().forEachRemaining(names::add);
                for (String value : VALUES) {
                    StringBuilder body = new StringBuilder("{");
                    for (String name : names) {
                        body.append(body.length() > 1 ? ", " : "").append('"').append(name).append("\": ").append(value);
                    }
                    variants.add(new String[] {plain, body.append('}').toString(), "application/json"});
                }
                variants.add(new String[] {plain, "{}", "text/plain"});
            }
            for (String[] v : variants) {
                Api.Reply r;
                try {
                    r = call(who, op.method(), v[0], v[1], v[2]);
                } catch (AssertionError connection) {
                    errors.add(op.key() + " as " + who + " " + abbreviate(v[0]) + " body " + abbreviate(v[1]) + ": no answer, " + connection);
                    continue;
                }
                calls++;
                if (r.status() >= 500) {
                    errors.add(op.key() + " as " + who + " " + abbreviate(v[0]) + " body " + abbreviate(v[1]) + ": " + r.status() + " "
                            + abbreviate(r.body().toString()));
                }
            }
        }
        System.out.printf("API fuzz: %d operations, %d calls in %.1f s, %d server errors%n", operations().size(), calls,
                (System.nanoTime() - t0) / 1e9, errors.size());
        assertEquals(String.join("\n", errors), 0, errors.size());
    }

    private Api session(String user) {
        return sessions.computeIfAbsent(user, u -> {
            Api api = new Api(port).language("en");
            assertEquals(u + " logs in", 200, api.login(u, "polku-demo").status());
            return api;
        });
    }

    /** As the user; a call that ended the session (a logout) is made again after logging in anew. */
    private Api.Reply call(String user, String method, String path, String body, String type) {
        Api.Reply r = send(session(user), method, path, body, type);
        if (r.status() == 401) {
            sessions.remove(user);
            r = send(session(user), method, path, body, type);
        }
        return r;
    }

    private static Api.Reply send(Api api, String method, String path, String body, String type) {
        HttpRequest.BodyPublisher publisher = method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return api.request(method, path.startsWith("/") ? path.substring(1) : path, publisher,
                method.equals("GET") || method.equals("DELETE") ? null : type);
    }

    private static boolean isPublic(Operation op) {
        String p = op.path().substring(1);
        return p.equals("health") || p.startsWith("openapi.") || (p.equals("session") && op.method().equals("POST"))
                || (p.startsWith("v1/calendar-feeds/") && op.method().equals("GET"));
    }

    private static String fill(String path, String value) {
        return path.replaceAll("\\{[^}]*}", java.util.regex.Matcher.quoteReplacement(value));
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }

    private List<Operation> operations() throws Exception {
        JsonNode doc = Api.JSON.readTree(new Api(port).request("GET", "openapi.json", HttpRequest.BodyPublishers.noBody(), null).raw().body());
        List<Operation> ops = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
                ops.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), p.getKey(), m.getValue()));
            }
        }));
        return ops;
    }

    /** What the served resources declare: each operation's roles, where it names any, and every operation found. */
    private record Declared(Map<String, Set<String>> roles, Set<String> found) {
        Set<String> get(String key) {
            return roles.get(key);
        }
    }

    /**
     * The roles each served operation's resource declares ({@code @RolesAllowed} on the method, or
     * else on the class), read from the resource classes the Jakarta REST whiteboard serves; an
     * operation without any is open to every logged-in user (its resource checks the caller itself).
     */
    private Declared declaredRoles() throws Exception {
        ServiceReference<JakartarsServiceRuntime> ref = context.getServiceReference(JakartarsServiceRuntime.class);
        var runtime = context.getService(ref).getRuntimeDTO();
        context.ungetService(ref);
        List<ApplicationDTO> apps = new ArrayList<>(List.of(runtime.applicationDTOs));
        apps.add(runtime.defaultApplication);
        Map<String, Set<String>> roles = new TreeMap<>();
        Set<String> found = new TreeSet<>();
        for (ApplicationDTO app : apps) {
            for (ResourceDTO resource : app.resourceDTOs) {
                ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(service.id=" + resource.serviceId + ")");
                if (refs == null) {
                    continue;
                }
                String[] classes = (String[]) refs[0].getProperty("objectClass");
                Class<?> type = refs[0].getBundle().loadClass(classes[0]);
                String base = value(type, "jakarta.ws.rs.Path");
                Set<String> classRoles = rolesOf(type.getAnnotations());
                for (Method m : type.getMethods()) {
                    String http = httpMethod(m);
                    if (http == null) {
                        continue;
                    }
                    String sub = value(m, "jakarta.ws.rs.Path");
                    String key = http + " " + PlatformTest.normalized((base == null ? "" : base) + "/" + (sub == null ? "" : sub));
                    found.add(key);
                    Set<String> declared = rolesOf(m.getAnnotations());
                    if (declared != null || classRoles != null) {
                        roles.put(key, declared != null ? declared : classRoles);
                    }
                }
            }
        }
        return new Declared(roles, found);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            String name = a.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") && Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(a.annotationType().getSimpleName())) {
                return a.annotationType().getSimpleName();
            }
        }
        return null;
    }

    private static Set<String> rolesOf(Annotation[] annotations) throws Exception {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals("jakarta.annotation.security.RolesAllowed")) {
                return new TreeSet<>(List.of((String[]) a.annotationType().getMethod("value").invoke(a)));
            }
        }
        return null;
    }

    private static String value(java.lang.reflect.AnnotatedElement e, String annotation) throws Exception {
        for (Annotation a : e.getAnnotations()) {
            if (a.annotationType().getName().equals(annotation)) {
                return (String) a.annotationType().getMethod("value").invoke(a);
            }
        }
        return null;
    }
}
