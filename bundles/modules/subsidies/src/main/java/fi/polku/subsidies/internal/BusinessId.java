package fi.polku.subsidies.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a control digit. The control
 * digit is computed with the weights 7, 9, 10, 5, 8, 4, 2 modulo 11: remainder 0 gives 0, a
 * remainder of 1 is never issued, otherwise it is 11 minus the remainder.
 */
public final class BusinessId {
    private static final Pattern FORM = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {}

    /** What is wrong with {@code value}, as a message of the catalogue for the person who typed it; empty when it is a valid business ID. */
    public static Optional<Reason> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(Reason.of("business-id.missing"));
        }
        String v = value.trim();
        if (v.matches("\\d{6}-\\d")) {
            return Optional.of(Reason.of("business-id.six-digits", "0" + v));
        }
        if (v.matches("\\d{8}")) {
            return Optional.of(Reason.of("business-id.no-hyphen", v.substring(0, 7) + "-" + v.charAt(7)));
        }
        if (!FORM.matcher(v).matches()) {
            return Optional.of(Reason.of("business-id.form"));
        }
        int control = controlDigit(v.substring(0, 7));
        if (control < 0) {
            return Optional.of(Reason.of("business-id.no-such-start", v.substring(0, 7)));
        }
        if (v.charAt(8) - '0' != control) {
            return Optional.of(Reason.of("business-id.control", v));
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** The control digit for seven digits, or -1 when they give remainder 1 (never issued). */
    static int controlDigit(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return 0;
        }
        return remainder == 1 ? -1 : 11 - remainder;
    }
}
