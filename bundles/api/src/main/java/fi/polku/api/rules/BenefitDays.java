package fi.polku.api.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Counting unemployment benefit days. Unemployment benefit is paid for five days a calendar
 * week, Monday to Friday, public holidays included; so the n-th benefit day of an unbroken
 * unemployment is found by counting weekdays.
 *
 * <p>As the law counts them for the municipality's financing liability (since 1.4: {@link #nthPaidDay}):
 * the first days of unemployment are a waiting period without benefit (seven days from
 * 1.1.2024), served once until the count starts again; the days of every job search count
 * together; the count starts again when the employment condition is met anew. Polku does not
 * know a job seeker's work history, so a rule set names the gap between job searches that is
 * taken for the condition met again.
 */
public final class BenefitDays {
    private BenefitDays() {}

    /**
     * A job search as a span of unemployment with benefit.
     *
     * @param from its first day
     * @param to   its last day; null while it lasts
     * @since 1.4
     */
    public record Span(LocalDate from, @Nullable LocalDate to) {}

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
            if (isBenefitDay(d)) {
                counted++;
                if (counted == n) {
                    return d;
                }
            }
            d = d.plusDays(1);
        }
    }

    /**
     * The day of the {@code n}-th paid benefit day of the job seeker whose job searches are
     * {@code spans}: counted from the latest search that began at least {@code resetGapMonths}
     * after the previous one ended (or from the first), after {@code waitingDays} benefit days of
     * waiting period, through each search's weekdays. Empty when the searches ended before the
     * n-th day; a day in the past when it was reached already.
     *
     * @since 1.4
     */
    public static Optional<LocalDate> nthPaidDay(List<Span> spans, int n, int waitingDays, int resetGapMonths) {
        if (n < 1 || waitingDays < 0 || resetGapMonths < 1) {
            throw new IllegalArgumentException("n from 1, waiting days from 0, reset gap from 1 month");
        }
        List<Span> sorted = spans.stream().sorted(Comparator.comparing(Span::from)).toList();
        int first = 0;
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate previousEnd = sorted.get(i - 1).to();
            if (previousEnd != null && !sorted.get(i).from().isBefore(previousEnd.plusMonths(resetGapMonths))) {
                first = i;
            }
        }
        int waited = 0;
        int paid = 0;
        for (Span s : sorted.subList(first, sorted.size())) {
            for (LocalDate d = s.from(); s.to() == null || !d.isAfter(s.to()); d = d.plusDays(1)) {
                if (!isBenefitDay(d)) {
                    continue;
                }
                if (waited < waitingDays) {
                    waited++;
                } else if (++paid == n) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isBenefitDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
