package fi.polku.api.module;

import java.util.Objects;

/**
 * A module's answer whether it can serve a customer.
 *
 * @param eligible true when the customer can be referred
 * @param reason for a no, why, in words a caseworker can pass on (and the rule it rests on)
 */
public record Eligibility(boolean eligible, String reason) {
    public Eligibility {
        if (!eligible) {
            Objects.requireNonNull(reason, "a refusal needs a reason");
        }
        reason = reason == null ? "" : reason;
    }

    public static Eligibility yes() {
        return new Eligibility(true, "");
    }

    public static Eligibility no(String reason) {
        return new Eligibility(false, reason);
    }
}
