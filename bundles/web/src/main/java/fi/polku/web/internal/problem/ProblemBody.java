package fi.polku.web.internal.problem;

import fi.polku.api.i18n.Messages;
import fi.polku.api.i18n.Texts;
import fi.polku.api.rest.Problem;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error on its way out, not yet in a language: {@link ProblemLanguage} writes it as RFC 9457
 * problem details in the request's language. Every error of the platform, and every
 * {@link Problem} a bundle throws, leaves as one of these.
 */
public final class ProblemBody {
    /** The media type of problem details (RFC 9457). */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A text that is resolved once the language is known. */
    @FunctionalInterface
    public interface Text {
        String in(String language, Messages web);

        /** A text of the web bundle's own catalogue. */
        static Text key(String key, Object... args) {
            return (language, web) -> web.text(language, key, args);
        }

        /** A text given in every language, as a {@link Problem} carries it. */
        static Text of(Map<String, String> texts) {
            return (language, web) -> Texts.in(texts, language);
        }
    }

    /**
     * The catalogue {@link ProblemLanguage} last had. While the whiteboard rebuilds an application
     * (a bundle starting or stopping) a request may be answered by an application that lacks the
     * filter for a moment; the problem is then written by Jackson through {@link #fallback()} in
     * English, rather than failing as a 500.
     */
    static volatile Messages lastCatalogue;

    private final int status;
    private final String code;
    private final Text detail;
    private final Map<String, Text> fields;
    private final Map<String, Object> extensions;

    private ProblemBody(int status, String code, Text detail, Map<String, Text> fields, Map<String, Object> extensions) {
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.fields = fields;
        this.extensions = extensions;
    }

    /** The platform's own error, its detail from the web bundle's catalogue. */
    public static Response response(int status, String code, String key, Object... args) {
        return response(status, code, Text.key(key, args), Map.of());
    }

    public static Response response(int status, String code, Text detail, Map<String, Text> fields) {
        return Response.status(status).type(MEDIA_TYPE).entity(new ProblemBody(status, code, detail, Map.copyOf(fields), Map.of())).build();
    }

    /** A bundle's refusal. */
    public static Response response(Problem p) {
        Map<String, Text> fields = new LinkedHashMap<>();
        p.fields().forEach((path, texts) -> fields.put(path, Text.of(texts)));
        return Response.status(p.status()).type(MEDIA_TYPE)
                .entity(new ProblemBody(p.status(), p.code(), Text.of(p.detail()), fields, p.extensions())).build();
    }

    public int status() {
        return status;
    }

    /** Written as JSON without the language filter: see {@link #lastCatalogue}. */
    @com.fasterxml.jackson.annotation.JsonValue
    public Map<String, Object> fallback() {
        Messages web = lastCatalogue;
        if (web != null) {
            return in("en", web);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:polku:problem:" + code);
        body.put("status", status);
        body.put("code", code);
        return body;
    }

    /**
     * The problem details in {@code language}: {@code type}, {@code title}, {@code status},
     * {@code detail}, and the extensions {@code code} (stable, for programs), {@code message}
     * (the detail again, for clients older than problem details) and {@code fields}.
     */
    public Map<String, Object> in(String language, Messages web) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:polku:problem:" + code);
        body.put("title", title(language, web));
        body.put("status", status);
        body.put("code", code);
        String text = detail.in(language, web);
        body.put("detail", text);
        body.put("message", text);
        if (!fields.isEmpty()) {
            Map<String, String> texts = new LinkedHashMap<>();
            fields.forEach((path, t) -> texts.put(path, t.in(language, web)));
            body.put("fields", texts);
        }
        extensions.forEach((name, value) -> body.put(name, in(value, language)));
        return body;
    }

    /** An extension's value in the language: a text by language becomes its text, in lists too. */
    private static Object in(Object value, String language) {
        if (value instanceof Map<?, ?> texts) {
            @SuppressWarnings("unchecked")
            Map<String, String> byLanguage = (Map<String, String>) texts;
            return Texts.in(byLanguage, language);
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(v -> in(v, language)).toList();
        }
        return value;
    }

    private String title(String language, Messages web) {
        String key = "title." + status;
        return web.keys().contains(key) ? web.text(language, key) : web.text(language, "title.other", status);
    }
}
