package fi.polku.api.rules;

import fi.polku.api.time.FinnishCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * Steps that several versions of the law share, computed the same way in every rule set.
 * A rule-set bundle combines these with what is particular to its version.
 */
public final class StandardSteps {
    private StandardSteps() {}

    /** The initial interview: within {@code businessDays} business days of the start, the start day not counted. */
    public static ScheduledStep initialInterview(LocalDate start, int businessDays, LegalSource source) {
        return ScheduledStep.due("initial-interview", FinnishCalendar.plusBusinessDays(start, businessDays),
                "Initial interview within " + businessDays + " business days of the start of the job search (the start day not counted)",
                source);
    }

    /**
     * The first job-search interview: {@code months} months after the initial interview (its
     * deadline, when it has not been held yet), then every {@code months} months after the previous one.
     */
    public static ScheduledStep jobSearchInterview(LocalDate initialInterview, int months, LegalSource source) {
        return ScheduledStep.due("job-search-interview-" + months + "m", FinnishCalendar.plusMonthsLimit(initialInterview, months),
                "Job-search interview " + months + " months after the initial interview, updating the employment plan; then every "
                        + months + " months after the previous one while the job search lasts",
                source);
    }

    /**
     * The day the job seeker reaches {@code benefitDays} days of unemployment benefit, assuming
     * unbroken unemployment with benefit from the start; the home municipality pays its share
     * from the next benefit day on.
     */
    public static ScheduledStep municipalLiability(LocalDate start, int benefitDays, LegalSource source) {
        return municipalLiability(start, benefitDays, 0, source);
    }

    /**
     * As {@link #municipalLiability(LocalDate, int, LegalSource)}, after a waiting period of
     * {@code waitingDays} benefit days, for a job seeker without earlier benefit days: the core
     * counts the earlier job searches in (see {@link BenefitDays#nthPaidDay}).
     *
     * @since 1.4
     */
    public static ScheduledStep municipalLiability(LocalDate start, int benefitDays, int waitingDays, LegalSource source) {
        LocalDate day = BenefitDays.nthPaidDay(List.of(new BenefitDays.Span(start, null)), benefitDays, waitingDays, 1).orElseThrow();
        return ScheduledStep.due("municipal-liability-" + benefitDays, day,
                "The job seeker reaches " + benefitDays + " days of unemployment benefit (counted Monday to Friday, holidays included, "
                        + (waitingDays > 0 ? "after a waiting period of " + waitingDays + " days, " : "")
                        + "assuming unbroken unemployment with benefit and no earlier benefit days); the home municipality pays its share "
                        + "from benefit day " + (benefitDays + 1),
                source);
    }

    /** A source configured as {@code "statute | provision | note"}. */
    public static LegalSource source(String configured) {
        String[] p = configured.split("\\|", 3);
        return LegalSource.of(p[0].trim(), p.length > 1 ? p[1].trim() : "", p.length > 2 ? p[2].trim() : "");
    }
}
