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
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
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
@ExamReactorStrategy(PerSuite.class)
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

    /**
     * The fuzz pass's wrong passwords must not hold the next class's logins back: they share this
     * platform (PlatformSuite). Runs in the framework, so on the platform's own database settings.
     */
    @AfterClass
    public static void forgetFailedLogins() throws Exception {
        org.osgi.framework.BundleContext bc = org.osgi.framework.FrameworkUtil.getBundle(ApiMatrixTest.class).getBundleContext();
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", bc.getProperty("polku.db.user"));
        p.setProperty("password", bc.getProperty("polku.db.password"));
        try (java.sql.Connection c = new org.postgresql.Driver().connect(bc.getProperty("polku.db.url"), p);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM security.login_failure");
        }
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

    /**
     * Audit completeness, generated from the API description: every GET operation is called as each
     * role its resource allows, with ids of real demo records, and every person the answer shows (a
     * {@code customerId} anywhere in it, an identity code anywhere in its text, the person whose
     * record the address names) must have a new event in their own audit trail, by that caller.
     */
    @Test
    public void everyPersonShownByAnyReadIsInTheirOwnAuditTrail() throws Exception {
        Declared declared = declaredRoles();
        List<String> missing = new ArrayList<>();
        List<String> unreached = new ArrayList<>();
        int reads = 0;
        int answers = 0;
        int persons = 0;
        try (java.sql.Connection db = database()) {
            String subject = one(db, "SELECT r.customer_id::text FROM cases.referral r JOIN cases.job_search_period p ON p.customer_id = r.customer_id "
                    + "AND p.end_date IS NULL GROUP BY r.customer_id ORDER BY count(*) DESC, r.customer_id LIMIT 1", null)[0];
            recordsTheDemoLacks(db, subject);
            for (Operation op : operations()) {
                if (!op.method().equals("GET") || isPublic(op) || op.path().startsWith("/v1/admin/")) {
                    continue;
                }
                Target target = target(db, op, subject);
                if (target == null) {
                    unreached.add(op.key() + ": no demo record to name");
                    continue;
                }
                Set<String> allowed = declared.get(op.key());
                boolean reachedOnce = false;
                List<Integer> statuses = new ArrayList<>();
                for (Map.Entry<String, Set<String>> caller : AUDITED_CALLERS.entrySet()) {
                    if (allowed != null && caller.getValue().stream().noneMatch(allowed::contains)) {
                        continue;
                    }
                    long mark = Long.parseLong(one(db, "SELECT coalesce(max(id), 0)::text FROM cases.audit_event", null)[0]);
                    Api.Reply r = call(caller.getKey(), "GET", target.path(), "", "application/json");
                    reads++;
                    statuses.add(r.status());
                    if (r.status() != 200) {
                        continue;
                    }
                    reachedOnce = true;
                    answers++;
                    Set<String> shown = new TreeSet<>(target.owners());
                    shown.addAll(personsIn(db, r.raw().body()));
                    Set<String> audited = new TreeSet<>();
                    try (java.sql.PreparedStatement q = db.prepareStatement(
                            "SELECT DISTINCT customer_id::text FROM cases.audit_event WHERE id > ? AND actor = ? AND customer_id IS NOT NULL")) {
                        q.setLong(1, mark);
                        q.setString(2, caller.getKey());
                        try (java.sql.ResultSet rs = q.executeQuery()) {
                            while (rs.next()) {
                                audited.add(rs.getString(1));
                            }
                        }
                    }
                    persons += shown.size();
                    Set<String> notAudited = new TreeSet<>(shown);
                    notAudited.removeAll(audited);
                    if (!notAudited.isEmpty()) {
                        missing.add(op.key() + " as " + caller.getKey() + ": " + notAudited.size() + " of " + shown.size() + " people shown not in their trail");
                    }
                }
                if (!reachedOnce) {
                    unreached.add(op.key() + ": " + statuses + " for " + target.path());
                }
            }
        }
        System.out.printf("audit completeness: %d reads, %d answered, %d people shown, %d reads with someone missing from their trail; not reached: %s%n",
                reads, answers, persons, missing.size(), unreached);
        assertEquals(String.join("\n", missing), 0, missing.size());
    }

    /** The matrix's callers and two partners' users with reads of their own: a psychologist assessing, a wellbeing services county. */
    private static final Map<String, Set<String>> AUDITED_CALLERS = new LinkedHashMap<>(CALLERS);
    static {
        AUDITED_CALLERS.put("arvioija", Set.of("partner"));
        AUDITED_CALLERS.put("hyvinvointi", Set.of("partner"));
    }

    /** An appointment and a neglect on the subject's record: the demo data has neither, and reads of them show a person. */
    private void recordsTheDemoLacks(java.sql.Connection db, String subject) throws Exception {
        String period = one(db, "SELECT id::text FROM cases.job_search_period WHERE customer_id = ?::uuid AND end_date IS NULL", subject)[0];
        Api.Reply neglect = call("caseworker", "POST", "v1/job-search-periods/" + period + "/neglects",
                "{\"kind\": \"job-applications\", \"occurredOn\": \"" + Day.today() + "\", \"description\": \"Ei hakemuksia.\"}", "application/json");
        assertEquals(neglect.body().toString(), 201, neglect.status());
        JsonNode free = call("caseworker", "GET", "v1/appointments/free-times?worker=caseworker&channel=phone&minutes=30&customer=" + subject,
                "", "application/json").body();
        assertTrue(free.toString(), free.size() > 0);
        Api.Reply booked = call("caseworker", "POST", "v1/appointments", "{\"customerId\": \"" + subject + "\", \"worker\": \"caseworker\", "
                + "\"start\": \"" + free.get(0).path("start").asText() + "\", \"minutes\": 30, \"channel\": \"phone\", \"purpose\": \"other\"}",
                "application/json");
        assertEquals(booked.body().toString(), 201, booked.status());
    }

    /** Optional query values that make a read show someone: whose appointments, free times for whom. */
    private static final Map<String, String> QUERY_FOR = Map.of(
            "GET /v1/appointments", "customer=%s",
            "GET /v1/appointments/free-times", "worker=caseworker&channel=phone&minutes=30&customer=%s");

    /** An address filled with real ids, and the people whose records those ids are. */
    private record Target(String path, Set<String> owners) {}

    /** Path values by the collection they follow: the query giving an id and the person it belongs to (null: nobody's). */
    private static final Map<String, String> ID_SOURCES = Map.ofEntries(
            Map.entry("customers", "SELECT id::text, id::text FROM cases.customer WHERE id = ?::uuid"),
            Map.entry("audit/customers", "SELECT id::text, id::text FROM cases.customer WHERE id = ?::uuid"),
            Map.entry("appointments", "SELECT id::text, customer_id::text FROM cases.appointment ORDER BY customer_id = ?::uuid DESC, id LIMIT 1"),
            Map.entry("appointment-invitations", "SELECT id::text, customer_id::text FROM cases.appointment ORDER BY customer_id = ?::uuid DESC, id LIMIT 1"),
            Map.entry("job-search-periods", "SELECT p.id::text, p.customer_id::text FROM cases.job_search_period p "
                    + "ORDER BY EXISTS (SELECT 1 FROM cases.neglect n WHERE n.period_id = p.id) DESC, p.customer_id = ?::uuid DESC, p.id LIMIT 1"),
            Map.entry("neglects", "SELECT id::text, customer_id::text FROM cases.neglect ORDER BY customer_id = ?::uuid DESC, id LIMIT 1"),
            Map.entry("referrals", "SELECT id::text, customer_id::text FROM cases.referral ORDER BY customer_id = ?::uuid DESC, id LIMIT 1"),
            Map.entry("self-motivated-study/decisions", "SELECT d.id::text, r.customer_id::text FROM guidance.study_decision d "
                    + "JOIN cases.referral r ON r.id = d.referral_id ORDER BY r.customer_id = ?::uuid DESC, d.id LIMIT 1"),
            Map.entry("subsidies/applications", "SELECT id::text, customer_id::text FROM subsidies.application ORDER BY customer_id = ?::uuid DESC, id LIMIT 1"),
            Map.entry("subsidies/decision-documents", "SELECT a.id::text, a.customer_id::text FROM subsidies.application a "
                    + "JOIN subsidies.decision d ON d.application_id = a.id ORDER BY a.customer_id = ?::uuid DESC, a.id LIMIT 1"),
            Map.entry("training-selection-documents", "SELECT a.id::text, r.customer_id::text FROM training.application a "
                    + "JOIN cases.referral r ON r.id = a.referral_id ORDER BY r.customer_id = ?::uuid DESC, a.id LIMIT 1"),
            Map.entry("trial-documents", "SELECT t.id::text, r.customer_id::text FROM trials.trial t "
                    + "JOIN cases.referral r ON r.id = t.referral_id ORDER BY r.customer_id = ?::uuid DESC, t.id LIMIT 1"),
            Map.entry("employers", "SELECT id::text, NULL FROM employer.employer ORDER BY ?::uuid IS NULL, id LIMIT 1"),
            Map.entry("vacancies", "SELECT v.id::text, NULL FROM employer.vacancy v ORDER BY EXISTS (SELECT 1 FROM employer.presentation p "
                    + "WHERE p.vacancy_id = v.id) DESC, ?::uuid IS NULL, v.id LIMIT 1"));
    /** Path values that name no record: a unit, a municipality (Kotka), a service point, a year. */
    private static final Map<String, String> PLAIN_VALUES = Map.of("unit", "initial", "municipality", "285", "code", "285",
            "servicePoint", "kotka-office", "year", Integer.toString(java.time.Year.now().getValue()));

    private Target target(java.sql.Connection db, Operation op, String subject) throws Exception {
        String path = op.path();
        Set<String> owners = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z]+)}").matcher(op.path());
        while (m.find()) {
            String[] before = op.path().substring(0, m.start()).split("/");
            String last = before[before.length - 1];
            String two = before.length > 1 ? before[before.length - 2] + "/" + last : last;
            String name = m.group(1);
            String value;
            String source = ID_SOURCES.getOrDefault(two, ID_SOURCES.get(last));
            if (PLAIN_VALUES.containsKey(name)) {
                value = PLAIN_VALUES.get(name);
            } else if (enumFirst(op, name) != null) {
                value = enumFirst(op, name);
            } else if (source != null) {
                String[] row = one(db, source, subject);
                if (row == null) {
                    return null;
                }
                value = row[0];
                if (row[1] != null) {
                    owners.add(row[1]);
                }
            } else {
                throw new AssertionError(op.key() + ": no value for {" + name + "}; name its source in ID_SOURCES or PLAIN_VALUES");
            }
            path = path.replace("{" + name + "}", value);
        }
        List<String> query = new ArrayList<>();
        if (QUERY_FOR.containsKey(op.key())) {
            query.add(String.format(QUERY_FOR.get(op.key()), subject));
        }
        for (JsonNode p : op.doc().path("parameters")) {
            if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                String name = p.path("name").asText();
                String value = switch (name) {
                    case "q" -> one(db, "SELECT last_name FROM cases.customer WHERE id = ?::uuid", subject)[0];
                    case "referral" -> one(db, "SELECT id::text FROM cases.referral WHERE customer_id = ?::uuid ORDER BY id LIMIT 1", subject)[0];
                    case "from" -> Day.today().minusDays(60).toString();
                    case "to" -> Day.today().toString();
                    case "start" -> "2026-01-05";
                    case "step" -> "100";
                    case "months" -> "3";
                    default -> throw new AssertionError(op.key() + ": no value for the required query parameter " + name);
                };
                query.add(name + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return new Target(path + (query.isEmpty() ? "" : "?" + String.join("&", query)), owners);
    }

    private static String enumFirst(Operation op, String name) {
        for (JsonNode p : op.doc().path("parameters")) {
            if (p.path("name").asText().equals(name) && p.path("schema").path("enum").size() > 0) {
                return p.path("schema").path("enum").get(0).asText();
            }
        }
        return null;
    }

    /** Identity codes (checked) anywhere in the text, and every customerId of a JSON answer, as customer ids. */
    private static Set<String> personsIn(java.sql.Connection db, String body) throws Exception {
        Set<String> ids = new TreeSet<>();
        if (body.startsWith("{") || body.startsWith("[")) {
            Api.JSON.readTree(body).findValuesAsText("customerId").stream().filter(v -> v.length() == 36).forEach(ids::add);
        }
        java.util.regex.Matcher m = IDENTITY_CODE.matcher(body);
        while (m.find()) {
            String[] row = one(db, "SELECT id::text FROM cases.customer WHERE identity_code = ?", m.group());
            if (row != null) {
                ids.add(row[0]);
            }
        }
        return ids;
    }

    private static final java.util.regex.Pattern IDENTITY_CODE = java.util.regex.Pattern.compile("(?<![0-9A-Za-z])\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y](?![0-9A-Za-z])");

    /** The first row of a query with at most one parameter, as text; null when there is none. */
    private static String[] one(java.sql.Connection db, String sql, String parameter) throws Exception {
        try (java.sql.PreparedStatement q = db.prepareStatement(sql)) {
            if (parameter != null) {
                q.setString(1, parameter);
            }
            try (java.sql.ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String[] row = new String[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getString(i + 1);
                }
                return row;
            }
        }
    }

    private java.sql.Connection database() throws Exception {
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", context.getProperty("polku.db.user"));
        login.setProperty("password", String.valueOf(context.getProperty("polku.db.password")));
        return new org.postgresql.Driver().connect(context.getProperty("polku.db.url"), login);
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
        Api.Reply r;
        try {
            r = send(session(user), method, path, body, type);
        } catch (AssertionError closed) {
            // A request sent on a kept-alive connection just as the server closes it gets no bytes back (seen once in CI,
            // with no server error logged). Browsers send such a request again on a new connection; so does this client,
            // once. Any other failure, and a second one, stands.
            if (!String.valueOf(closed.getMessage()).contains("received no bytes")) {
                throw closed;
            }
            r = send(session(user), method, path, body, type);
        }
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
