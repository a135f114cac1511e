package fi.polku.rules.r2025.internal;

import fi.polku.api.rules.LegalSource;
import fi.polku.api.rules.NeglectConsequence;
import fi.polku.api.rules.NeglectLadder;
import fi.polku.api.rules.RuleKeys;
import fi.polku.api.rules.RuleParameter;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.ScheduledStep;
import fi.polku.api.rules.StandardSteps;
import fi.polku.api.time.FinnishCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The service process of Act 380/2023 as in force from 1 January 2025: initial interview within
 * five business days of the start, five supplementary job-search interviews within three months
 * of the initial interview, a job-search interview three months after the initial interview and
 * every three months after, municipal financing liability from 100 benefit days.
 *
 * <p>Every number comes from configuration ({@link RuleConfig2025}, {@code configs/fi.polku.rules.r2025.cfg.json})
 * with the provision it comes from; the defaults are the law's values.
 */
@Component(service = RuleSet.class, configurationPid = "fi.polku.rules.r2025", property = "polku.ruleset.id=2025")
@Designate(ocd = RuleConfig2025.class)
public final class Rules2025 implements RuleSet {
    private final RuleConfig2025 c;
    private final LocalDate effectiveFrom;
    private final NeglectLadder neglects;

    @Activate
    public Rules2025(RuleConfig2025 config) {
        this.c = config;
        this.effectiveFrom = LocalDate.parse(config.effectiveFrom());
        // A mistyped parameter stops this rule set (and says why in the log) instead of failing every schedule.
        require(config.initialInterview_businessDays() >= 1, "initialInterview.businessDays must be at least 1");
        require(config.supplementaryInterviews_count() >= 0 && config.supplementaryInterviews_count() <= 20,
                "supplementaryInterviews.count must be from 0 to 20");
        require(config.supplementaryInterviews_months() >= 1, "supplementaryInterviews.months must be at least 1");
        require(config.jobSearchInterview_intervalMonths() >= 1, "jobSearchInterview.intervalMonths must be at least 1");
        require(config.municipalLiability_benefitDays() >= 1, "municipalLiability.benefitDays must be at least 1");
        require(config.municipalLiability_waitingDays() >= 0 && config.municipalLiability_resetGapMonths() >= 1,
                "municipalLiability.waitingDays must be at least 0 and municipalLiability.resetGapMonths at least 1");
        require(config.neglect_hearingBusinessDays() >= 1, "neglect.hearingBusinessDays must be at least 1");
        this.neglects = NeglectLadder.parse(config.neglect_ladders(), config.neglect_countingMonths());
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("Rule set 2025: " + message);
        }
    }

    @Override
    public String id() {
        return "2025";
    }

    @Override
    public String title() {
        return "Act 380/2023 on organising employment services, as in force from " + effectiveFrom;
    }

    @Override
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    @Override
    public List<RuleParameter> parameters() {
        return List.of(
                RuleParameter.of("effective-from", c.effectiveFrom(), "date", source(c.effectiveFrom_source())),
                RuleParameter.of(RuleKeys.INITIAL_INTERVIEW_BUSINESS_DAYS, Integer.toString(c.initialInterview_businessDays()), "business-days", source(c.initialInterview_source())),
                RuleParameter.of("supplementary-interviews.count", Integer.toString(c.supplementaryInterviews_count()), "count", source(c.supplementaryInterviews_source())),
                RuleParameter.of("supplementary-interviews.months", Integer.toString(c.supplementaryInterviews_months()), "months", source(c.supplementaryInterviews_source())),
                RuleParameter.of(RuleKeys.JOB_SEARCH_INTERVIEW_INTERVAL_MONTHS, Integer.toString(c.jobSearchInterview_intervalMonths()), "months", source(c.jobSearchInterview_source())),
                RuleParameter.of(RuleKeys.INITIAL_INTERVIEW_AGAIN_AFTER_MONTHS, Integer.toString(c.initialInterview_againAfterMonths()), "months", source(c.initialInterview_againSource())),
                RuleParameter.of(RuleKeys.JOB_SEARCH_INTERVIEW_STATUSES, String.join(", ", c.jobSearchInterview_statuses()), "statuses", source(c.jobSearchInterview_statusesSource())),
                RuleParameter.of(RuleKeys.MUNICIPAL_LIABILITY_BENEFIT_DAYS, Integer.toString(c.municipalLiability_benefitDays()), "benefit-days", source(c.municipalLiability_source())),
                RuleParameter.of("municipal-liability.counting", c.municipalLiability_counting(), "", source(c.municipalLiability_source())),
                RuleParameter.of(RuleKeys.BENEFIT_WAITING_DAYS, Integer.toString(c.municipalLiability_waitingDays()), "benefit-days", source(c.municipalLiability_waitingSource())),
                RuleParameter.of(RuleKeys.BENEFIT_RESET_GAP_MONTHS, Integer.toString(c.municipalLiability_resetGapMonths()), "months", source(c.municipalLiability_resetSource())),
                RuleParameter.of(RuleKeys.MUNICIPAL_LIABILITY_STEPS, String.join(", ", c.municipalLiability_steps()), "benefit-days:percent", source(c.municipalLiability_stepsSource())),
                RuleParameter.of(RuleKeys.NEGLECT_COUNTING_MONTHS, Integer.toString(c.neglect_countingMonths()), "months", source(c.neglect_countingSource())),
                RuleParameter.of(RuleKeys.NEGLECT_HEARING_DAYS, Integer.toString(c.neglect_hearingBusinessDays()), "business-days", source(c.neglect_hearingSource())),
                RuleParameter.of("neglect.consequences", String.join("; ", c.neglect_ladders()), "", source(c.neglect_laddersSource())),
                RuleParameter.of("time-limits", "the event day is not counted; a limit ending on a non-business day moves to the next business day", "", source(c.timeLimits_source())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_AGE, Integer.toString(c.employmentSubsidy55_minAge()), "years", source(c.employmentSubsidy55_source())),
                RuleParameter.of(RuleKeys.START_UP_GRANT_MAX_MONTHS, Integer.toString(c.startUpGrant_maxMonths()), "months", source(c.startUpGrant_source())),
                RuleParameter.of(RuleKeys.START_UP_GRANT_FULL_TIME_REQUIRED, Boolean.toString(c.startUpGrant_fullTimeRequired()), "", source(c.startUpGrant_source())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_GROUNDS, String.join(", ", c.paySubsidy_grounds()), "ground:percent:monthly-cap-cents:max-months", source(c.paySubsidy_groundsSource())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_MUNICIPALITY_GROUND, c.paySubsidy_municipalityGround(), "ground", source(c.paySubsidy_municipalitySource())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_MUNICIPALITY_MIN_AGE, Integer.toString(c.paySubsidy_municipalityMinAge()), "years", source(c.paySubsidy_municipalitySource())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_MUNICIPALITY_MIN_UNEMPLOYED_MONTHS, Integer.toString(c.paySubsidy_municipalityMinUnemployedMonths()), "months", source(c.paySubsidy_municipalitySource())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_ASSOCIATION_MAX_WORK_TIME_PERCENT, Integer.toString(c.paySubsidy_associationMaxWorkTimePercent()), "percent", source(c.paySubsidy_associationSource())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_UNEMPLOYED_MONTHS, Integer.toString(c.employmentSubsidy55_minUnemployedMonths()), "months", source(c.employmentSubsidy55_termsSource())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_PERCENT, Integer.toString(c.employmentSubsidy55_percent()), "percent", source(c.employmentSubsidy55_termsSource())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_MONTHLY_CAP_CENTS, Integer.toString(c.employmentSubsidy55_monthlyCapCents()), "cents", source(c.employmentSubsidy55_termsSource())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_MAX_MONTHS, Integer.toString(c.employmentSubsidy55_maxMonths()), "months", source(c.employmentSubsidy55_termsSource())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_WEEKLY_HOURS, Integer.toString(c.employmentSubsidy55_minWeeklyHours()), "hours", source(c.employmentSubsidy55_termsSource())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_EMPLOYER_KINDS, String.join(", ", c.paySubsidy_employerKinds()), "employer-kinds", source(c.paySubsidy_source())));
    }

    @Override
    public List<ScheduledStep> schedule(LocalDate start) {
        return schedule(start, null);
    }

    /** Supplementary interviews and the first job-search interview count from the initial interview: held, or else its deadline. */
    @Override
    public List<ScheduledStep> schedule(LocalDate start, LocalDate initialInterviewHeld) {
        List<ScheduledStep> steps = new ArrayList<>();
        ScheduledStep initial = StandardSteps.initialInterview(start, c.initialInterview_businessDays(), source(c.initialInterview_source()));
        steps.add(initial);
        LocalDate from = initialInterviewHeld != null ? initialInterviewHeld : initial.due();
        int months = c.supplementaryInterviews_months();
        steps.addAll(supplementaryWindows(from.plusDays(1), FinnishCalendar.plusMonthsLimit(from, months),
                c.supplementaryInterviews_count(), source(c.supplementaryInterviews_source()), months));
        steps.add(StandardSteps.jobSearchInterview(from, c.jobSearchInterview_intervalMonths(), source(c.jobSearchInterview_source())));
        steps.add(StandardSteps.municipalLiability(start, c.municipalLiability_benefitDays(), c.municipalLiability_waitingDays(), source(c.municipalLiability_source())));
        return List.copyOf(steps);
    }

    @Override
    public Optional<NeglectConsequence> neglect(String kind, LocalDate occurredOn, List<LocalDate> earlier) {
        return neglects.covers(kind) ? Optional.of(neglects.consequence(kind, occurredOn, earlier, id(), source(c.neglect_laddersSource())))
                : Optional.empty();
    }

    /**
     * Splits {@code first..last} into {@code count} consecutive windows of nearly equal length, one
     * supplementary interview in each, so that the interviews spread over the first months.
     */
    static List<ScheduledStep> supplementaryWindows(LocalDate first, LocalDate last, int count, LegalSource source, int months) {
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        List<ScheduledStep> windows = new ArrayList<>();
        LocalDate from = first;
        for (int i = 1; i <= count; i++) {
            LocalDate to = first.plusDays(span * i / count - 1);
            windows.add(ScheduledStep.window("supplementary-interview-" + i, from, to,
                    "Supplementary job-search interview " + i + " of " + count + " within " + months + " months of the initial interview", source));
            from = to.plusDays(1);
        }
        return windows;
    }

    static LegalSource source(String configured) {
        return StandardSteps.source(configured);
    }
}
