package fi.polku.rules.r2026.internal;

import fi.polku.api.rules.RuleKeys;
import fi.polku.api.rules.RuleParameter;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.ScheduledStep;
import fi.polku.api.rules.StandardSteps;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The service process as amended from 1 January 2026 (HE 108/2025): the initial interview
 * within ten business days, supplementary interviews on service need instead of on a schedule
 * (so they are not in the schedule; a caseworker plans them), job-search interviews every three
 * months after the initial interview, municipal financing liability from 100 benefit days.
 */
@Component(service = RuleSet.class, configurationPid = "fi.polku.rules.r2026", property = "polku.ruleset.id=2026")
@Designate(ocd = RuleConfig2026.class)
public final class Rules2026 implements RuleSet {
    private final RuleConfig2026 c;
    private final LocalDate effectiveFrom;

    @Activate
    public Rules2026(RuleConfig2026 config) {
        this.c = config;
        this.effectiveFrom = LocalDate.parse(config.effectiveFrom());
        if (config.initialInterview_businessDays() < 1 || config.jobSearchInterview_intervalMonths() < 1 || config.municipalLiability_benefitDays() < 1) {
            throw new IllegalArgumentException("Rule set 2026: initialInterview.businessDays, jobSearchInterview.intervalMonths and "
                    + "municipalLiability.benefitDays must each be at least 1");
        }
    }

    @Override
    public String id() {
        return "2026";
    }

    @Override
    public String title() {
        return "Act 380/2023 as amended by HE 108/2025, in force from " + effectiveFrom;
    }

    @Override
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    @Override
    public List<RuleParameter> parameters() {
        return List.of(
                RuleParameter.of("effective-from", c.effectiveFrom(), "date", StandardSteps.source(c.effectiveFrom_source())),
                RuleParameter.of(RuleKeys.INITIAL_INTERVIEW_BUSINESS_DAYS, Integer.toString(c.initialInterview_businessDays()), "business-days", StandardSteps.source(c.initialInterview_source())),
                RuleParameter.of("supplementary-interviews.rule", c.supplementaryInterviews_rule(), "", StandardSteps.source(c.supplementaryInterviews_source())),
                RuleParameter.of(RuleKeys.JOB_SEARCH_INTERVIEW_INTERVAL_MONTHS, Integer.toString(c.jobSearchInterview_intervalMonths()), "months", StandardSteps.source(c.jobSearchInterview_source())),
                RuleParameter.of(RuleKeys.INITIAL_INTERVIEW_AGAIN_AFTER_MONTHS, Integer.toString(c.initialInterview_againAfterMonths()), "months", StandardSteps.source(c.initialInterview_againSource())),
                RuleParameter.of(RuleKeys.JOB_SEARCH_INTERVIEW_STATUSES, String.join(", ", c.jobSearchInterview_statuses()), "statuses", StandardSteps.source(c.jobSearchInterview_statusesSource())),
                RuleParameter.of(RuleKeys.MUNICIPAL_LIABILITY_BENEFIT_DAYS, Integer.toString(c.municipalLiability_benefitDays()), "benefit-days", StandardSteps.source(c.municipalLiability_source())),
                RuleParameter.of("municipal-liability.counting", c.municipalLiability_counting(), "", StandardSteps.source(c.municipalLiability_source())),
                RuleParameter.of("municipal-liability.steps", String.join(", ", c.municipalLiability_steps()), "benefit-days:percent", StandardSteps.source(c.municipalLiability_stepsSource())),
                RuleParameter.of("job-search-profile.from", c.jobSearchProfile_from(), "date", StandardSteps.source(c.jobSearchProfile_source())),
                RuleParameter.of("first-neglect.days-without-benefit", Integer.toString(c.firstNeglect_days()), "calendar-days", StandardSteps.source(c.firstNeglect_source())),
                RuleParameter.of("time-limits", "the event day is not counted; a limit ending on a non-business day moves to the next business day", "", StandardSteps.source(c.timeLimits_source())),
                RuleParameter.of(RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_AGE, Integer.toString(c.employmentSubsidy55_minAge()), "years", StandardSteps.source(c.employmentSubsidy55_source())),
                RuleParameter.of(RuleKeys.START_UP_GRANT_MAX_MONTHS, Integer.toString(c.startUpGrant_maxMonths()), "months", StandardSteps.source(c.startUpGrant_source())),
                RuleParameter.of(RuleKeys.START_UP_GRANT_FULL_TIME_REQUIRED, Boolean.toString(c.startUpGrant_fullTimeRequired()), "", StandardSteps.source(c.startUpGrant_source())),
                RuleParameter.of(RuleKeys.PAY_SUBSIDY_EMPLOYER_KINDS, String.join(", ", c.paySubsidy_employerKinds()), "employer-kinds", StandardSteps.source(c.paySubsidy_source())));
    }

    @Override
    public List<ScheduledStep> schedule(LocalDate start) {
        return schedule(start, null);
    }

    /** The job-search interviews count from the initial interview: held, or else its deadline. */
    @Override
    public List<ScheduledStep> schedule(LocalDate start, LocalDate initialInterviewHeld) {
        ScheduledStep initial = StandardSteps.initialInterview(start, c.initialInterview_businessDays(), StandardSteps.source(c.initialInterview_source()));
        return List.of(
                initial,
                StandardSteps.jobSearchInterview(initialInterviewHeld != null ? initialInterviewHeld : initial.due(),
                        c.jobSearchInterview_intervalMonths(), StandardSteps.source(c.jobSearchInterview_source())),
                StandardSteps.municipalLiability(start, c.municipalLiability_benefitDays(), StandardSteps.source(c.municipalLiability_source())));
    }
}
