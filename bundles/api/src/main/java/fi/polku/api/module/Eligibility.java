package fi.polku.api.module;

import fi.polku.api.i18n.Texts;
import java.util.Map;

/**
 * A module's answer whether it can serve a customer: {@link #yes()} or {@link #no(Map)} with the
 * reason in words a caseworker can pass on, naming the rule it rests on.
 */
public final class Eligibility {
    private static final Eligibility YES = new Eligibility(true, Map.of());

    private final boolean eligible;
    private final Map<String, String> reason;

    private Eligibility(boolean eligible, Map<String, String> reason) {
        this.eligible = eligible;
        this.reason = reason;
    }

    public static Eligibility yes() {
        return YES;
    }

    /** A refusal; {@code reason} by language tag, fi, sv and en at least (e.g. {@code messages.texts(key, args)}). */
    public static Eligibility no(Map<String, String> reason) {
        return new Eligibility(false, Texts.complete(reason, "A refusal's reason"));
    }

    public boolean eligible() {
        return eligible;
    }

    /** For a refusal, why, by language tag; empty for a yes. */
    public Map<String, String> reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Eligibility e && eligible == e.eligible && reason.equals(e.reason);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(eligible) * 31 + reason.hashCode();
    }

    @Override
    public String toString() {
        return eligible ? "Eligibility[yes]" : "Eligibility[no: " + Texts.in(reason, "en") + "]";
    }
}
