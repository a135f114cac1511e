package fi.polku.rules.r2026.internal;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The amendment of HE 108/2025 to Act 380/2023 and Act 1290/2002, which comes into force in three
 * stages; each stage is a rule set of its own, so that a step or a neglect is judged by the stage
 * in force on its day:
 * <ul>
 * <li>{@code 2026} (1 January): the initial interview within ten business days, supplementary
 *     interviews on service need (not scheduled: a caseworker plans them), job-search interviews
 *     every three months after the initial interview; the earlier staggering of neglects;
 * <li>{@code 2026-03} (1 March): the new consequences of neglects, and the job search ending at
 *     the first missed interview;
 * <li>{@code 2026-09} (1 September): the job seeker publishes a job-search profile by a deadline.
 * </ul>
 * All three read one configuration, {@code fi.polku.rules.r2026}.
 */
abstract class Amendment2026 implements RuleSet {
    enum Stage { JANUARY, MARCH, SEPTEMBER }

    private final RuleConfig2026 c;
    private final Stage stage;
    private final LocalDate effectiveFrom;
    private final LocalDate profileFrom;
    private final NeglectLadder neglects;
    /** Built once: the configuration of an instance never changes (a new one makes a new instance), and the
     *  liability and job-search pages read the parameters on every request. */
    private final List<RuleParameter> parameters;

    Amendment2026(RuleConfig2026 config, Stage stage) {
        this.c = config;
        this.stage = stage;
        this.profileFrom = LocalDate.parse(config.jobSearchProfile_from());
        this.effectiveFrom = switch (stage) {
            case JANUARY -> LocalDate.parse(config.effectiveFrom());
            case MARCH -> LocalDate.parse(config.sanctions_from());
            case SEPTEMBER -> profileFrom;
        };
        // A mistyped parameter stops this rule set (DS says why) instead of failing every schedule.
        if (config.initialInterview_businessDays() < 1 || config.jobSearchInterview_intervalMonths() < 1 || config.municipalLiability_benefitDays() < 1
                || config.jobSearchProfile_businessDays() < 1 || config.neglect_hearingBusinessDays() < 1
                || config.municipalLiability_waitingDays() < 0 || config.municipalLiability_resetGapMonths() < 1) {
            throw new IllegalArgumentException("Rule set " + id() + ": initialInterview.businessDays, jobSearchInterview.intervalMonths, "
                    + "municipalLiability.benefitDays, jobSearchProfile.businessDays and neglect.hearingBusinessDays must each be at least 1");
        }
        if (!RuleKeys.RULES_OF_THE_DAY.equals(config.transition_periodsUnderWay()) && !RuleKeys.RULES_OF_THE_START.equals(config.transition_periodsUnderWay())) {
            throw new IllegalArgumentException("Rule set " + id() + ": transition.periodsUnderWay is rules-of-the-day or rules-of-the-start");
        }
        this.neglects = NeglectLadder.parse(stage == Stage.JANUARY ? config.neglect_laddersBefore() : config.neglect_ladders(),
                config.neglect_countingMonths());
        this.parameters = describe();
    }

    @Override
    public final String id() {
        return switch (stage) {
            case JANUARY -> "2026";
            case MARCH -> "2026-03";
            case SEPTEMBER -> "2026-09";
        };
    }

    @Override
    public final String title() {
        return switch (stage) {
            case JANUARY -> "Act 380/2023 as amended by HE 108/2025, in force from " + effectiveFrom;
            case MARCH -> "HE 108/2025: neglects and the end of the job search, in force from " + effectiveFrom;
            case SEPTEMBER -> "HE 108/2025: the job-search profile duty, in force from " + effectiveFrom;
        };
    }

    @Override
    public final LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    @Override
    public final List<RuleParameter> parameters() {
        return parameters;
    }

    private List<RuleParameter> describe() {
        List<RuleParameter> p = new ArrayList<>(List.of(
                RuleParameter.of("effective-from", effectiveFrom.toString(), "date",
                        src(stage == Stage.JANUARY ? c.effectiveFrom_source() : stage == Stage.MARCH ? c.sanctions_source() : c.jobSearchProfile_source())),
                RuleParameter.of(RuleKeys.TRANSITION_PERIODS_UNDER_WAY, c.transition_periodsUnderWay(), "", src(c.transition_source())),
                RuleParameter.of(RuleKeys.INITIAL_INTERVIEW_BUSINESS_DAYS, Integer.toString(c.initialInterview_businessDays()), "business-days", src(c.initialInterview_source())),
                RuleParameter.of("supplementary-interviews.rule", c.supplementaryInterviews_rule(), "", src(c.supplementaryInterviews_source())),
                RuleParameter.of(RuleKeys.JOB_SEARCH_INTERVIEW_INTERVAL_MONTHS, Integer.toString(c.jobSearchInterview_intervalMonths()), "months", src(c.jobSearchInterview_source())),
                RuleParameter.of(RuleKeys.INITIAL_INTERVIEW_AGAIN_AFTER_MONTHS, Integer.toString(c.initialInterview_againAfterMonths()), "months", src(c.initialInterview_againSource())),
                RuleParameter.of(RuleKeys.JOB_SEARCH_INTERVIEW_STATUSES, String.join(", ", c.jobSearchInterview_statuses()), "statuses", src(c.jobSearchInterview_statusesSource())),
                RuleParameter.of(RuleKeys.MUNICIPAL_LIABILITY_BENEFIT_DAYS, Integer.toString(c.municipalLiability_benefitDays()), "benefit-days", src(c.municipalLiability_source())),
                RuleParameter.of("municipal-liability.counting", c.municipalLiability_counting(), "", src(c.municipalLiability_source())),
                RuleParameter.of(RuleKeys.BENEFIT_WAITING_DAYS, Integer.toString(c.municipalLiability_waitingDays()), "benefit-days", src(c.municipalLiability_waitingSource())),
                RuleParameter.of(RuleKeys.BENEFIT_RESET_GAP_MONTHS, Integer.toString(c.municipalLiability_resetGapMonths()), "months", src(c.municipalLiability_resetSource())),
                RuleParameter.of(RuleKeys.MUNICIPAL_LIABILITY_STEPS, String.join(", ", c.municipalLiability_steps()), "benefit-days:percent", src(c.municipalLiability_stepsSource())),
                RuleParameter.of(RuleKeys.NEGLECT_COUNTING_MONTHS, Integer.toString(c.neglect_countingMonths()), "months", src(c.neglect_countingSource())),
                RuleParameter.of(RuleKeys.NEGLECT_HEARING_DAYS, Integer.toString(c.neglect_hearingBusinessDays()), "business-days", src(c.neglect_hearingSource())),
                RuleParameter.of("neglect.consequences", String.join("; ", stage == Stage.JANUARY ? c.neglect_laddersBefore() : c.neglect_ladders()), "",
                        neglectSource()),
                RuleParameter.of("time-limits", "the event day is not counted; a limit ending on a non-business day moves to the next business day", "", src(c.timeLimits_source())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_AGE, Integer.toString(c.employmentSubsidy55_minAge()), "years", src(c.employmentSubsidy55_source())),
                RuleParameter.of(RuleKeys.START_UP_GRANT_MAX_MONTHS, Integer.toString(c.startUpGrant_maxMonths()), "months", src(c.startUpGrant_source())),
                RuleParameter.of(RuleKeys.START_UP_GRANT_FULL_TIME_REQUIRED, Boolean.toString(c.startUpGrant_fullTimeRequired()), "", src(c.startUpGrant_source())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_GROUNDS, String.join(", ", c.paySubsidy_grounds()), "ground:percent:monthly-cap-cents:max-months", src(c.paySubsidy_groundsSource())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_MUNICIPALITY_GROUND, c.paySubsidy_municipalityGround(), "ground", src(c.paySubsidy_municipalitySource())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_MUNICIPALITY_MIN_AGE, Integer.toString(c.paySubsidy_municipalityMinAge()), "years", src(c.paySubsidy_municipalitySource())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_MUNICIPALITY_MIN_UNEMPLOYED_MONTHS, Integer.toString(c.paySubsidy_municipalityMinUnemployedMonths()), "months", src(c.paySubsidy_municipalitySource())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_ASSOCIATION_MAX_WORK_TIME_PERCENT, Integer.toString(c.paySubsidy_associationMaxWorkTimePercent()), "percent", src(c.paySubsidy_associationSource())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_UNEMPLOYED_MONTHS, Integer.toString(c.employmentSubsidy55_minUnemployedMonths()), "months", src(c.employmentSubsidy55_termsSource())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_PERCENT, Integer.toString(c.employmentSubsidy55_percent()), "percent", src(c.employmentSubsidy55_termsSource())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_MONTHLY_CAP_CENTS, Integer.toString(c.employmentSubsidy55_monthlyCapCents()), "cents", src(c.employmentSubsidy55_termsSource())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_MAX_MONTHS, Integer.toString(c.employmentSubsidy55_maxMonths()), "months", src(c.employmentSubsidy55_termsSource())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_WEEKLY_HOURS, Integer.toString(c.employmentSubsidy55_minWeeklyHours()), "hours", src(c.employmentSubsidy55_termsSource())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_EMPLOYER_KINDS, String.join(", ", c.paySubsidy_employerKinds()), "employer-kinds", src(c.paySubsidy_source()))));
        if (stage == Stage.SEPTEMBER) {
            p.add(RuleParameter.of("job-search-profile.business-days", Integer.toString(c.jobSearchProfile_businessDays()), "business-days",
                    src(c.jobSearchProfile_daysSource())));
        }
        return List.copyOf(p);
    }

    @Override
    public final List<ScheduledStep> schedule(LocalDate start) {
        return schedule(start, null);
    }

    /** The job-search interviews count from the initial interview: held, or else its deadline. */
    @Override
    public final List<ScheduledStep> schedule(LocalDate start, LocalDate initialInterviewHeld) {
        ScheduledStep initial = StandardSteps.initialInterview(start, c.initialInterview_businessDays(), src(c.initialInterview_source()));
        LocalDate interview = initialInterviewHeld != null ? initialInterviewHeld : initial.due();
        List<ScheduledStep> steps = new ArrayList<>(List.of(initial,
                StandardSteps.jobSearchInterview(interview, c.jobSearchInterview_intervalMonths(), src(c.jobSearchInterview_source())),
                StandardSteps.municipalLiability(start, c.municipalLiability_benefitDays(), c.municipalLiability_waitingDays(), src(c.municipalLiability_source()))));
        if (stage == Stage.SEPTEMBER) {
            steps.add(jobSearchProfile(interview));
        }
        steps.sort(java.util.Comparator.comparing(ScheduledStep::deadline));
        return List.copyOf(steps);
    }

    /**
     * The profile is due a number of business days after the initial interview; for a job search
     * under way when the duty began, that many business days after its first day.
     */
    private ScheduledStep jobSearchProfile(LocalDate initialInterview) {
        LocalDate from = initialInterview.isBefore(profileFrom) ? profileFrom.minusDays(1) : initialInterview;
        int days = c.jobSearchProfile_businessDays();
        return ScheduledStep.due("job-search-profile", FinnishCalendar.plusBusinessDays(from, days),
                "The job seeker publishes a job-search profile within " + days + " business days of the initial interview "
                        + "(for a job search under way on " + profileFrom + ", of that day); if not, the employment authority draws it up",
                LegalSource.of(src(c.jobSearchProfile_source()).statute(), src(c.jobSearchProfile_source()).provision(),
                        src(c.jobSearchProfile_daysSource()).note()));
    }

    @Override
    public final Optional<NeglectConsequence> neglect(String kind, LocalDate occurredOn, List<LocalDate> earlier) {
        if (!neglects.covers(kind)) {
            return Optional.empty();
        }
        return Optional.of(neglects.consequence(kind, occurredOn, earlier, id(), neglectSource()));
    }

    private LegalSource neglectSource() {
        return src(stage == Stage.JANUARY ? c.neglect_laddersBeforeSource() : c.neglect_laddersSource());
    }

    private static LegalSource src(String configured) {
        return StandardSteps.source(configured);
    }
}
