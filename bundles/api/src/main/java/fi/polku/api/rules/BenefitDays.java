package fi.polku.api.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counting unemployment benefit days. Unemployment benefit is paid for five days a calendar
 * week, Monday to Friday, public holidays included; so the n-th benefit day of an unbroken
 * unemployment is found by counting weekdays.
 */
public final class BenefitDays {
    private BenefitDays() {}

    /**
     * The date of the {@code n}-th benefit day when benefit days are counted from {@code firstDay}
     * (that day included when it is a weekday).
     */
    public static LocalDate nthBenefitDay(LocalDate firstDay, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate d = firstDay;
        int counted = 0;
        while (true) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
                if (counted == n) {
                    return d;
                }
            }
            d = d.plusDays(1);
        }
    }
}
