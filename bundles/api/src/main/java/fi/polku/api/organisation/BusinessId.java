package fi.polku.api.organisation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Finnish business ID (Y-tunnus, FO-nummer): seven digits, a hyphen and a control digit. The
 * control digit weighs the seven digits by 7, 9, 10, 5, 8, 4 and 2 and takes the sum modulo 11:
 * remainder 0 gives 0, remainder 1 is never issued, any other r gives 11 − r. Every module that
 * names an employer or an organiser checks it the same way here, and words the fault in its own
 * catalogue.
 *
 * @since 1.1
 */
public final class BusinessId {
    private static final Pattern FORM = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    /** What is wrong with a typed business ID. */
    public enum Fault {
        /** Nothing was typed. */
        MISSING,
        /** Six digits, a hyphen and a digit: the leading zero left out ({@link #likelyMeant} adds it). */
        SIX_DIGITS,
        /** Eight digits: the hyphen left out ({@link #likelyMeant} adds it). */
        NO_HYPHEN,
        /** Not of the form at all. */
        FORM,
        /** Seven digits whose control digit would be remainder 1: never issued. */
        NO_SUCH_START,
        /** The control digit does not match the seven digits. */
        CONTROL
    }

    private BusinessId() {}

    /** What is wrong with the value; empty when it is a valid business ID. */
    public static Optional<Fault> fault(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(Fault.MISSING);
        }
        String v = value.trim();
        if (v.matches("\\d{6}-\\d")) {
            return Optional.of(Fault.SIX_DIGITS);
        }
        if (v.matches("\\d{8}")) {
            return Optional.of(Fault.NO_HYPHEN);
        }
        if (!FORM.matcher(v).matches()) {
            return Optional.of(Fault.FORM);
        }
        int control = controlDigit(v.substring(0, 7));
        if (control < 0) {
            return Optional.of(Fault.NO_SUCH_START);
        }
        return v.charAt(8) - '0' == control ? Optional.empty() : Optional.of(Fault.CONTROL);
    }

    public static boolean isValid(String value) {
        return fault(value).isEmpty();
    }

    /** What was probably meant: the leading zero or the hyphen added where one was left out; otherwise the value trimmed. */
    public static String likelyMeant(String value) {
        String v = value == null ? "" : value.trim();
        if (v.matches("\\d{6}-\\d")) {
            return "0" + v;
        }
        if (v.matches("\\d{8}")) {
            return v.substring(0, 7) + "-" + v.charAt(7);
        }
        return v;
    }

    /** The control digit for seven digits, or -1 when they give remainder 1 (never issued). */
    public static int controlDigit(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 0 ? 0 : remainder == 1 ? -1 : 11 - remainder;
    }
}
