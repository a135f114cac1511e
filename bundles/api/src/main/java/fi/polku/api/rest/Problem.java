package fi.polku.api.rest;

import fi.polku.api.i18n.Texts;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one way any bundle refuses a request: throw a {@code Problem} from a resource (or from
 * anything it calls in the request). The platform answers it as RFC 9457 problem details,
 * {@code application/problem+json}, in the request's language (fi, sv or en by
 * {@code Accept-Language}; English when none of them is accepted):
 *
 * <pre>
 * {"type": "urn:polku:problem:enrolment-full", "title": "Ristiriita", "status": 409,
 *  "code": "enrolment-full", "detail": "Kurssi on täynnä.", "message": "Kurssi on täynnä.",
 *  "fields": {"startDate": "..."}}
 * </pre>
 *
 * {@code code} is stable, for programs (the console reacts to it, never to the text);
 * {@code detail} is for the person, from the throwing bundle's catalogue
 * ({@link fi.polku.api.i18n.Messages#texts}); {@code fields} maps the JSON path of each input at
 * fault to what is wrong with it, which the console shows beside the field; {@code message}
 * repeats {@code detail} for clients of the API before problem details.
 *
 * <pre>
 * throw Problem.of(409, "enrolment-full", messages.texts("enrolment.full", course.name()));
 * throw Problem.invalid().field("startDate", messages.texts("date.required")).build();
 * </pre>
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "code", "fields", "message");

    private final int status;
    private final String code;
    private final transient Map<String, String> detail;
    private final transient Map<String, Map<String, String>> fields;
    private final transient Map<String, Object> extensions;

    private Problem(Builder b) {
        super(b.code + ": " + Texts.in(b.detail, "en"), null, false, false);
        this.status = b.status;
        this.code = b.code;
        this.detail = b.detail;
        // In the order added: the console shows the fields' messages in the order of the form.
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(b.extensions));
    }

    /** A problem with no fields. */
    public static Problem of(int status, String code, Map<String, String> detail) {
        return builder(status, code).detail(detail).build();
    }

    /** A 400 with code {@code invalid-input}: add the fields at fault. */
    public static Builder invalid() {
        return builder(400, "invalid-input");
    }

    /**
     * @param status a 4xx status (a user's mistake) or 503; a 5xx other than 503 is not a
     *        refusal but a fault, and the platform answers those itself
     * @param code kebab-case, stable, documented with the endpoint
     */
    public static Builder builder(int status, String code) {
        return new Builder(status, code);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** What is wrong, by language; when no detail was given, the text of the first field. */
    public Map<String, String> detail() {
        return detail;
    }

    /** JSON path of each field at fault to what is wrong with it, by language; in the order added. */
    public Map<String, Map<String, String>> fields() {
        return fields;
    }

    /**
     * More members for programs (RFC 9457 extension members), such as {@code remainingCents}:
     * each a {@code String}, {@code Number} or {@code Boolean}, a text by language (a
     * {@code Map<String, String>}, answered in the request's language), or a list of these.
     */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Builds a {@link Problem}. */
    public static final class Builder {
        private final int status;
        private final String code;
        private @Nullable Map<String, String> detail;
        private final Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        private final Map<String, Object> extensions = new LinkedHashMap<>();

        private Builder(int status, String code) {
            if (status < 400 || status > 499 && status != 503) {
                throw new IllegalArgumentException("A problem is a 4xx or a 503: " + status);
            }
            if (code == null || !CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("A problem code is kebab-case: " + code);
            }
            this.status = status;
            this.code = code;
        }

        /** What is wrong, in fi, sv and en at least. */
        public Builder detail(Map<String, String> detail) {
            this.detail = Texts.complete(detail, "The detail of problem " + code);
            return this;
        }

        /** One field at fault; the first problem added for a field stays, as it is the most basic. */
        public Builder field(String path, Map<String, String> problem) {
            fields.putIfAbsent(path, Texts.complete(problem, "The problem of field " + path));
            return this;
        }

        /**
         * An extension member (see {@link Problem#extensions()}); the names of the standard
         * members and of Polku's own ({@code code}, {@code fields}, {@code message}) are taken.
         */
        public Builder extension(String name, Object value) {
            if (RESERVED.contains(name) || !name.matches("[a-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("Not a free extension member name: " + name);
            }
            check(value, name);
            extensions.put(name, value instanceof List<?> l ? List.copyOf(l) : value);
            return this;
        }

        private static void check(Object value, String name) {
            if (value instanceof List<?> list) {
                list.forEach(v -> {
                    if (v instanceof List<?>) {
                        throw new IllegalArgumentException("Extension " + name + ": a list of lists");
                    }
                    check(v, name);
                });
            } else if (value instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    if (!(k instanceof String) || !(v instanceof String)) {
                        throw new IllegalArgumentException("Extension " + name + ": a map is a text by language");
                    }
                });
            } else if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("Extension " + name + " is a string, number, boolean, text by language or list");
            }
        }

        public boolean hasFields() {
            return !fields.isEmpty();
        }

        public Problem build() {
            if (detail == null) {
                if (fields.isEmpty()) {
                    throw new IllegalStateException("Problem " + code + " needs a detail or a field");
                }
                detail = fields.values().iterator().next();
            }
            return new Problem(this);
        }
    }
}
