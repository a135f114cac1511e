package fi.polku.api.rules;

/**
 * The keys of the {@link RuleParameter parameters} that bundles other than the rule set read: a
 * rule set that provides one provides it under this key, and a module reads it by this constant,
 * never by a string of its own. The provision each comes from is the parameter's
 * {@link RuleParameter#source()}, as the rule set in force says. A rule set may have more parameters (for people to read); a key
 * is added here when a second bundle starts to depend on it.
 */
public final class RuleKeys {
    private RuleKeys() {}

    /** Business days from registration to the initial interview. */
    public static final String INITIAL_INTERVIEW_BUSINESS_DAYS = "initial-interview.business-days";
    /**
     * Months that must have passed since the previous job search ended for a new one to begin with
     * an initial interview again.
     *
     * @since 1.3
     */
    public static final String INITIAL_INTERVIEW_AGAIN_AFTER_MONTHS = "initial-interview.again-after-months";
    /**
     * The job-search statuses (as Polku records them: unemployed, laid-off, part-time ...) whose
     * job searches have job-search interviews, comma-separated.
     *
     * @since 1.3
     */
    public static final String JOB_SEARCH_INTERVIEW_STATUSES = "job-search-interview.statuses";
    /** Months between job-search interviews. */
    public static final String JOB_SEARCH_INTERVIEW_INTERVAL_MONTHS = "job-search-interview.interval-months";
    /** Benefit days after which the municipality's financing liability begins. */
    public static final String MUNICIPAL_LIABILITY_BENEFIT_DAYS = "municipal-liability.benefit-days";
    /** The least age for the employment subsidy for people aged 55 or more. */
    public static final String EMPLOYMENT_SUBSIDY_55_MIN_AGE = "employment-subsidy-55.min-age";
    /** The longest start-up grant in months. */
    public static final String START_UP_GRANT_MAX_MONTHS = "start-up-grant.max-months";
    /** Whether a start-up grant requires full-time entrepreneurship ({@code true}/{@code false}). */
    public static final String START_UP_GRANT_FULL_TIME_REQUIRED = "start-up-grant.full-time-required";
    /** The kinds of employer that may get a pay subsidy, comma-separated. */
    public static final String PAY_SUBSIDY_EMPLOYER_KINDS = "pay-subsidy.employer-kinds";

    /**
     * How a rule set treats the job searches already under way on its effective date:
     * {@link #RULES_OF_THE_DAY} (their steps due from that day follow it) or
     * {@link #RULES_OF_THE_START} (they keep the rules of their start). Its source is the
     * amending act's transitional provision.
     *
     * @since 1.4
     */
    public static final String TRANSITION_PERIODS_UNDER_WAY = "transition.periods-under-way";
    /** @since 1.4 */
    public static final String RULES_OF_THE_DAY = "rules-of-the-day";
    /** @since 1.4 */
    public static final String RULES_OF_THE_START = "rules-of-the-start";
    /**
     * Months of the counting period for repeated neglects, beginning at the first neglect.
     *
     * @since 1.4
     */
    public static final String NEGLECT_COUNTING_MONTHS = "neglect.counting-months";
    /**
     * Business days the job seeker has to explain a neglect (the hearing) before it is decided.
     *
     * @since 1.4
     */
    public static final String NEGLECT_HEARING_DAYS = "neglect.hearing-business-days";
    /**
     * Benefit days of waiting period (omavastuuaika) before benefit is paid, served once until the
     * count starts again.
     *
     * @since 1.4
     */
    public static final String BENEFIT_WAITING_DAYS = "municipal-liability.waiting-days";
    /**
     * Months between two job searches taken for the employment condition met again, so that the
     * count of benefit days starts again.
     *
     * @since 1.4
     */
    public static final String BENEFIT_RESET_GAP_MONTHS = "municipal-liability.reset-gap-months";
    /**
     * The municipality's share by benefit days, as {@code "from-day:percent"} comma-separated.
     *
     * @since 1.4
     */
    public static final String MUNICIPAL_LIABILITY_STEPS = "municipal-liability.steps";
    /**
     * The grounds of pay subsidy with their terms, comma-separated, each
     * {@code ground:percent:monthlyCapCents:maxMonths} (e.g. {@code general:50:126000:10}).
     *
     * @since 1.4
     */
    public static final String PAY_SUBSIDY_GROUNDS = "pay-subsidy.grounds";
    /** The least age of a long-term unemployed person for whom a municipality may get pay subsidy. @since 1.4 */
    public static final String PAY_SUBSIDY_MUNICIPALITY_MIN_AGE = "pay-subsidy.municipality.min-age";
    /** Months of unemployment that make a person long-term unemployed for a municipality's pay subsidy. @since 1.4 */
    public static final String PAY_SUBSIDY_MUNICIPALITY_MIN_UNEMPLOYED_MONTHS = "pay-subsidy.municipality.min-unemployed-months";
    /** The ground of pay subsidy a municipality may always get (reduced work ability). @since 1.4 */
    public static final String PAY_SUBSIDY_MUNICIPALITY_GROUND = "pay-subsidy.municipality.ground";
    /** The most working time, in percent of full time, of the association ground. @since 1.4 */
    public static final String PAY_SUBSIDY_ASSOCIATION_MAX_WORK_TIME_PERCENT = "pay-subsidy.association.max-work-time-percent";
    /** Months of unemployment within the last 28 months the 55+ subsidy asks. @since 1.4 */
    public static final String EMPLOYMENT_SUBSIDY_55_MIN_UNEMPLOYED_MONTHS = "employment-subsidy-55.min-unemployed-months";
    /** The 55+ subsidy's percentage of the pay costs. @since 1.4 */
    public static final String EMPLOYMENT_SUBSIDY_55_PERCENT = "employment-subsidy-55.percent";
    /** The 55+ subsidy's monthly cap in cents. @since 1.4 */
    public static final String EMPLOYMENT_SUBSIDY_55_MONTHLY_CAP_CENTS = "employment-subsidy-55.monthly-cap-cents";
    /** The 55+ subsidy's longest duration in months (and never longer than the employment). @since 1.4 */
    public static final String EMPLOYMENT_SUBSIDY_55_MAX_MONTHS = "employment-subsidy-55.max-months";
    /** The least weekly working hours of an employment with the 55+ subsidy. @since 1.4 */
    public static final String EMPLOYMENT_SUBSIDY_55_MIN_WEEKLY_HOURS = "employment-subsidy-55.min-weekly-hours";
}
