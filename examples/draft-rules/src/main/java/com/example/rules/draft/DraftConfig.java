package com.example.rules.draft;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The draft's parameters: a planner changes them (configs/com.example.rules.draft.cfg.json) and
 * asks the forecast again. Not law: every source says so.
 */
@ObjectClassDefinition(name = "Draft rule set: job-search interviews every two months",
        description = "A candidate for the what-if workload forecast; never in force")
public @interface DraftConfig {

    @AttributeDefinition(description = "The day the candidate would come into force (ISO date)")
    String effectiveFrom() default "2027-06-01";

    @AttributeDefinition(description = "Business days from the start of the job search within which the initial interview is held")
    int initialInterview_businessDays() default 5;

    @AttributeDefinition(description = "Months after the initial interview (then after the previous one) when a job-search interview is held")
    int jobSearchInterview_intervalMonths() default 2;

    @AttributeDefinition(description = "The job-search statuses whose job searches have job-search interviews")
    String[] jobSearchInterview_statuses() default {"unemployed", "laid-off", "part-time"};

    @AttributeDefinition(description = "Months since the previous job search ended before a new one begins with an initial interview again")
    int initialInterview_againAfterMonths() default 6;

    @AttributeDefinition(description = "Where the candidate comes from, 'statute | provision | note'")
    String source() default "Draft, not law | a planning example of an employment area: what if job-search interviews were every two months "
            + "and the initial interview within five business days | for the what-if workload forecast only";
}
