package fi.polku.cases.internal.i18n;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of a 400 for invalid input: {@code {status, error, message, fields}}, where
 * {@code fields} maps each field to its message. It is a map holding the English text, so it is
 * a complete answer as it stands; {@link LocalizedRefusals} replaces it with the request's
 * language on the way out. (An exception mapper cannot see the request: the whiteboard calls
 * extensions through proxies, so {@code @Context} fields of an extension are never injected.)
 */
public final class Refusal extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    private final transient FieldMessages problems;

    public Refusal(FieldMessages problems) {
        this.problems = problems;
        putAll(body(problems, Language.EN));
    }

    /** The same body in {@code language}. */
    public Map<String, Object> in(Language language) {
        return body(problems, language);
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
