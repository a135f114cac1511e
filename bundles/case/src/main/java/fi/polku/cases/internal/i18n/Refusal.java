package fi.polku.cases.internal.i18n;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of a refusal: for invalid input a 400 {@code {status, error, message, fields}}, where
 * {@code fields} maps each field to its message; for a refusal of the whole request (a 404 or a
 * 409) {@code {status, error, message}}. It is a map holding the English text, so it is
 * a complete answer as it stands; {@link LocalizedRefusals} replaces it with the request's
 * language on the way out. (An exception mapper cannot see the request: the whiteboard calls
 * extensions through proxies, so {@code @Context} fields of an extension are never injected.)
 */
public final class Refusal extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    private final transient FieldMessages problems;
    private final int status;
    private final String error;
    private final transient Message message;
    private final transient Object[] args;

    public Refusal(FieldMessages problems) {
        this.problems = problems;
        this.status = 400;
        this.error = "Bad Request";
        this.message = null;
        this.args = new Object[0];
        putAll(body(problems, Language.EN));
    }

    /** A refusal of the whole request, e.g. 409 Conflict, with its message. */
    public Refusal(int status, String error, Message message, Object... args) {
        this.problems = null;
        this.status = status;
        this.error = error;
        this.message = message;
        this.args = args.clone();
        putAll(in(Language.EN));
    }

    /** The same body in {@code language}. */
    public Map<String, Object> in(Language language) {
        if (problems != null) {
            return body(problems, language);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message.in(language, args));
        return body;
    }

    private static Map<String, Object> body(FieldMessages problems, Language language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "Bad Request");
        body.put("message", problems.summary(language));
        body.put("fields", problems.in(language));
        return body;
    }
}
