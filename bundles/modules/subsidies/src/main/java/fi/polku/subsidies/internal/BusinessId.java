package fi.polku.subsidies.internal;

import java.util.Optional;

/**
 * The Finnish business ID as the API checks it ({@link fi.polku.api.organisation.BusinessId}),
 * each fault worded in this module's catalogue with what was probably meant.
 */
public final class BusinessId {
    private BusinessId() {}

    /** What is wrong with {@code value}, as a message of the catalogue for the person who typed it; empty when it is a valid business ID. */
    public static Optional<Reason> problem(String value) {
        String v = value == null ? "" : value.trim();
        return fi.polku.api.organisation.BusinessId.fault(value).map(f -> switch (f) {
            case MISSING -> Reason.of("business-id.missing");
            case SIX_DIGITS -> Reason.of("business-id.six-digits", fi.polku.api.organisation.BusinessId.likelyMeant(v));
            case NO_HYPHEN -> Reason.of("business-id.no-hyphen", fi.polku.api.organisation.BusinessId.likelyMeant(v));
            case FORM -> Reason.of("business-id.form");
            case NO_SUCH_START -> Reason.of("business-id.no-such-start", v.substring(0, 7));
            case CONTROL -> Reason.of("business-id.control", v);
        });
    }

    public static boolean isValid(String value) {
        return fi.polku.api.organisation.BusinessId.isValid(value);
    }

    /** The control digit for seven digits, or -1 when they give remainder 1 (never issued). */
    static int controlDigit(String sevenDigits) {
        return fi.polku.api.organisation.BusinessId.controlDigit(sevenDigits);
    }
}
