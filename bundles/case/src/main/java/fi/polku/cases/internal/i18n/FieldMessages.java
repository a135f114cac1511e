package fi.polku.cases.internal.i18n;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is wrong with an input, per field, kept as messages rather than text: the same problems
 * are answered in whichever language the request asks for. Keys are the JSON property paths as
 * clients send them ({@code heldOn}, {@code plan.contactMethod}), because the console shows each
 * message next to the form field whose name is the key.
 */
public final class FieldMessages {
    private record Problem(Message message, Object[] args) {}

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    /** Records a problem of a field; the first one found for a field stays, as it is the most basic. */
    public FieldMessages add(String field, Message message, Object... args) {
        problems.putIfAbsent(field, new Problem(message, args.clone()));
        return this;
    }

    /** Copies the problem of {@code field}, if any, into {@code into} as {@code as} (an import's column for a registration's field). */
    public void copy(String field, FieldMessages into, String as) {
        Problem p = problems.get(field);
        if (p != null) {
            into.problems.putIfAbsent(as, p);
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    public Set<String> fields() {
        return Collections.unmodifiableSet(problems.keySet());
    }

    /** Field -> message in {@code language}, in the order the fields were checked. */
    public Map<String, String> in(Language language) {
        Map<String, String> texts = new LinkedHashMap<>();
        problems.forEach((field, p) -> texts.put(field, p.message().in(language, p.args())));
        return texts;
    }

    /** Field -> its message in each of fi, sv and en, in the order the fields were checked. */
    public Map<String, Map<String, String>> texts() {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        problems.forEach((field, p) -> texts.put(field, p.message().texts(p.args())));
        return texts;
    }

    /** {@link #summary} in each of fi, sv and en. */
    public Map<String, String> summaries() {
        Map<String, String> texts = new java.util.TreeMap<>();
        for (Language language : Language.values()) {
            texts.put(language.tag(), summary(language));
        }
        return texts;
    }

    /** Every problem on one line, "field: message", for the body's general message and for logs. */
    public String summary(Language language) {
        List<String> parts = new ArrayList<>();
        in(language).forEach((field, text) -> parts.add(field + ": " + text));
        return String.join(" ", parts);
    }

    @Override
    public String toString() {
        return summary(Language.EN);
    }
}
