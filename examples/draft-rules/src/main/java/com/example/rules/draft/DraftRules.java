package com.example.rules.draft;

import fi.polku.api.rules.LegalSource;
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
 * A candidate rule set, registered as a draft ({@code polku.ruleset.draft=true}): Polku never
 * applies it to a job seeker; its what-if forecast shows the statutory workload it would cause
 * for today's caseload beside the rules in force
 * ({@code GET /api/v1/forecast/workload?weeks=12&ruleSet=draft-2027}).
 */
@Component(service = RuleSet.class, configurationPid = "com.example.rules.draft",
        property = {"polku.ruleset.id=draft-2027", "polku.ruleset.draft=true"})
@Designate(ocd = DraftConfig.class)
public final class DraftRules implements RuleSet {
    private final DraftConfig c;
    private final LocalDate effectiveFrom;
    private final LegalSource source;

    @Activate
    public DraftRules(DraftConfig config) {
        if (config.initialInterview_businessDays() < 1 || config.jobSearchInterview_intervalMonths() < 1) {
            throw new IllegalArgumentException("Draft rule set: initialInterview.businessDays and jobSearchInterview.intervalMonths are at least 1");
        }
        this.c = config;
        this.effectiveFrom = LocalDate.parse(config.effectiveFrom());
        this.source = StandardSteps.source(config.source());
    }

    @Override
    public String id() {
        return "draft-2027";
    }

    @Override
    public String title() {
        return "Draft: initial interview within " + c.initialInterview_businessDays() + " business days, job-search interviews every "
                + c.jobSearchInterview_intervalMonths() + " months";
    }

    @Override
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    @Override
    public List<RuleParameter> parameters() {
        return List.of(
                RuleParameter.of("effective-from", effectiveFrom.toString(), "date", source),
                RuleParameter.of(RuleKeys.TRANSITION_PERIODS_UNDER_WAY, RuleKeys.RULES_OF_THE_DAY, "", source),
                RuleParameter.of(RuleKeys.INITIAL_INTERVIEW_BUSINESS_DAYS, Integer.toString(c.initialInterview_businessDays()), "business-days", source),
                RuleParameter.of(RuleKeys.JOB_SEARCH_INTERVIEW_INTERVAL_MONTHS, Integer.toString(c.jobSearchInterview_intervalMonths()), "months", source),
                RuleParameter.of(RuleKeys.JOB_SEARCH_INTERVIEW_STATUSES, String.join(", ", c.jobSearchInterview_statuses()), "statuses", source),
                RuleParameter.of(RuleKeys.INITIAL_INTERVIEW_AGAIN_AFTER_MONTHS, Integer.toString(c.initialInterview_againAfterMonths()), "months", source));
    }

    @Override
    public List<ScheduledStep> schedule(LocalDate start) {
        return schedule(start, null);
    }

    /** The job-search interviews count from the initial interview: held, or else its deadline. */
    @Override
    public List<ScheduledStep> schedule(LocalDate start, LocalDate initialInterviewHeld) {
        ScheduledStep initial = StandardSteps.initialInterview(start, c.initialInterview_businessDays(), source);
        LocalDate interview = initialInterviewHeld != null ? initialInterviewHeld : initial.due();
        return List.of(initial, StandardSteps.jobSearchInterview(interview, c.jobSearchInterview_intervalMonths(), source));
    }
}
