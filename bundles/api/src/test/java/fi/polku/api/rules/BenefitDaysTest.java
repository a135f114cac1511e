package fi.polku.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.api.rules.BenefitDays.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Benefit days as the law counts them for the municipality's financing liability. Expected values
 * written by counting weekdays on a calendar, from: HE 73/2023 (a waiting period of seven days of
 * unemployment from 1.1.2024); Kela (benefit is paid for five days a week, Monday to Friday,
 * holidays included); Act 555/1998 as amended (HE 207/2022: the municipality pays from the 101st
 * benefit day); the days of every job search count together until the employment condition is
 * met again (taken as a gap of 12 months, Polku's proxy, marked unverified in the rule sets).
 */
class BenefitDaysTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Monday 2.3.2026: the waiting period is 2.–10.3.; the 100th paid day the 107th weekday, Tuesday 28.7.2026. */
    @Test
    void theWaitingPeriodComesFirst() {
        assertEquals(Optional.of(d("2026-07-28")), BenefitDays.nthPaidDay(List.of(new Span(d("2026-03-02"), null)), 100, 7, 12));
        assertEquals(Optional.of(d("2026-03-11")), BenefitDays.nthPaidDay(List.of(new Span(d("2026-03-02"), null)), 1, 7, 12),
                "the first paid day is the eighth weekday");
    }

    /**
     * 5.1.2026 (Mon) – 13.3.2026 (Fri): 50 weekdays, 7 of them waiting, 43 paid. Again from Monday
     * 4.5.2026: the 57 days still to come are 4.5. + 11 weeks + 2 days = Tuesday 21.7.2026; no new
     * waiting period.
     */
    @Test
    void theDaysOfEarlierSearchesCountAndTheWaitingPeriodIsServedOnce() {
        List<Span> spans = List.of(new Span(d("2026-05-04"), null), new Span(d("2026-01-05"), d("2026-03-13")));
        assertEquals(Optional.of(d("2026-07-21")), BenefitDays.nthPaidDay(spans, 100, 7, 12));
    }

    /** A year and more between the searches: the employment condition is taken as met again, and the count starts over. */
    @Test
    void aLongGapStartsTheCountAgain() {
        List<Span> spans = List.of(new Span(d("2024-01-08"), d("2025-01-31")), new Span(d("2026-03-02"), null));
        assertEquals(Optional.of(d("2026-07-28")), BenefitDays.nthPaidDay(spans, 100, 7, 12));
        List<Span> shorter = List.of(new Span(d("2025-06-02"), d("2025-06-30")), new Span(d("2026-03-02"), null));
        // June 2025: 21 weekdays, 7 waiting, 14 paid; from 2.3.2026 the 86 still to come end on the 86th weekday: 17 weeks and a day, Monday 29.6.2026.
        assertEquals(Optional.of(d("2026-06-29")), BenefitDays.nthPaidDay(shorter, 100, 7, 12));
    }

    @Test
    void searchesThatEndedBeforeTheDayNeverReachIt() {
        assertEquals(Optional.empty(), BenefitDays.nthPaidDay(List.of(new Span(d("2026-03-02"), d("2026-03-31"))), 100, 7, 12));
    }
}
