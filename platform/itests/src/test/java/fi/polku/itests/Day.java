package fi.polku.itests;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The area's day, as the platform judges it. The tests must not use the machine's zone: between
 * 22:00 and 24:00 UTC it is already tomorrow in Helsinki, and a date "today" by the machine's clock
 * is yesterday to the platform (a plan drawn before its referral, a deadline a day short).
 */
final class Day {
    static final ZoneId AREA = ZoneId.of("Europe/Helsinki");

    private Day() {
    }

    static LocalDate today() {
        return LocalDate.now(AREA);
    }
}
