package fi.polku.employer.internal;

import java.util.regex.Pattern;

/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is
 * 11 minus the remainder of the digits weighted 7, 9, 10, 5, 8, 4, 2 divided by 11; a remainder of
 * 0 gives 0, and a remainder of 1 no valid ID.
 */
final class BusinessId {
    private static final Pattern FORM = Pattern.compile("[0-9]{7}-[0-9]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {}

    /** The ID as written with a leading zero for six-digit old ones ("123456-7" is "0123456-7"), or null when it is not valid. */
    static String normalized(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.matches("[0-9]{6}-[0-9]")) {
            v = "0" + v;
        }
        if (!FORM.matcher(v).matches()) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (v.charAt(i) - '0') * WEIGHTS[i];
        }
        int r = sum % 11;
        if (r == 1) {
            return null;
        }
        int check = r == 0 ? 0 : 11 - r;
        return check == v.charAt(8) - '0' ? v : null;
    }
}
