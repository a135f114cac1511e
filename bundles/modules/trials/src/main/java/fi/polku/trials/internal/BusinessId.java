package fi.polku.trials.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a control digit (weights
 * 7, 9, 10, 5, 8, 4, 2; remainder 0 gives 0, remainder 1 is never issued, otherwise 11 minus the
 * remainder). A module has its own copy: modules share the published API, not each other's code.
 */
final class BusinessId {
    private static final Pattern FORM = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {}

    /** What is wrong with the value, as a reason of the catalogue; empty when it is a valid business ID. */
    static Optional<Refusal> problem(String value) {
        if (value == null || !FORM.matcher(value.trim()).matches()) {
            return Optional.of(new Refusal("business-id.form"));
        }
        String v = value.trim();
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (v.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1 || v.charAt(8) - '0' != (remainder == 0 ? 0 : 11 - remainder)) {
            return Optional.of(new Refusal("business-id.control", v));
        }
        return Optional.empty();
    }
}
