package fi.polku.rules.r2026.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The parameters of rule set 2026 (the amendment of HE 108/2025) and where each comes from.
 * A source is written {@code statute | provision | note}; the defaults are the values of the
 * proposal as adopted, shown in {@code configs/fi.polku.rules.r2026.cfg.json}.
 */
@ObjectClassDefinition(name = "Rule set 2026",
        description = "The job seeker's service process under Act 380/2023 as amended from 1 January 2026 (HE 108/2025)")
public @interface RuleConfig2026 {

    @AttributeDefinition(description = "First start date of a job search that this rule set governs (ISO date)")
    String effectiveFrom() default "2026-01-01";

    String effectiveFrom_source() default "HE 108/2025 | amendments to Act 380/2023 in force mainly from 1.1.2026 | number of the enacted amending act to be added";

    @AttributeDefinition(description = "Business days from the start of the job search within which the initial interview is held")
    int initialInterview_businessDays() default 10;

    String initialInterview_source() default "HE 108/2025 | the initial-interview deadline lengthened from five to ten business days of the start of the job search | section number of Act 380/2023 to be confirmed";

    @AttributeDefinition(description = "Supplementary job-search interviews are arranged as the job seeker's service need requires, not on a schedule")
    String supplementaryInterviews_rule() default "need-based";

    String supplementaryInterviews_source() default "HE 108/2025 | supplementary job-search interviews based on service need; the scheduled five are dropped | no minimum number or period found in the proposal";

    @AttributeDefinition(description = "Months after the initial interview (then after the previous job-search interview) when a job-search interview is held")
    int jobSearchInterview_intervalMonths() default 3;

    String jobSearchInterview_source() default "Act 380/2023 as amended by HE 108/2025 | job-search interview every three months counted from the initial interview | section number to be confirmed";

    @AttributeDefinition(description = "Months since the previous job search ended before a new one begins with an initial interview again")
    int initialInterview_againAfterMonths() default 6;

    String initialInterview_againSource() default "Act 380/2023, as Työmarkkinatori's guidance for job seekers describes it ('Initial interview and job search discussions') | a new initial interview is held only when at least six months have passed since the previous job search ended and the person registers again | guidance for job seekers, not the act's text: the provision of Act 380/2023 (or its decree) is to be confirmed; UNVERIFIED against the statute";

    @AttributeDefinition(description = "The job-search statuses whose job searches have job-search interviews")
    String[] jobSearchInterview_statuses() default {"unemployed", "laid-off", "part-time"};

    String jobSearchInterview_statusesSource() default "Act 380/2023, as Työmarkkinatori's guidance for job seekers describes it ('Alkuhaastattelu ja työnhakukeskustelut') | job-search interviews concern all the unemployed and those threatened by unemployment, part-time workers and those laid off by shortened working hours, and job seekers in pay-subsidised work | Polku's statuses that match: unemployed, laid-off, part-time; 'threatened by unemployment' and 'in pay-subsidised work' are not statuses Polku records yet, and 'in-service' (in a service) is left out as Polku's reading; UNVERIFIED against Act 380/2023";

    @AttributeDefinition(description = "Unemployment benefit days after which the home municipality's financing liability begins")
    int municipalLiability_benefitDays() default 100;

    @AttributeDefinition(description = "How the benefit days are counted")
    String municipalLiability_counting() default "benefit days Monday to Friday from the start of the job search, public holidays included, assuming unbroken unemployment with benefit; labour market subsidy, basic and earnings-related allowance count";

    String municipalLiability_source() default "Act 555/1998 on the financing of unemployment benefits, as amended from 1.1.2025 (HE 207/2022) | the home municipality pays a share of unemployment benefits from the 101st benefit day (Kela's billing) | unchanged by HE 108/2025; section number to be confirmed";

    @AttributeDefinition(description = "The municipality's share by benefit days, as 'from-day:percent'")
    String[] municipalLiability_steps() default {"100:10", "200:20", "300:30"};

    String municipalLiability_stepsSource() default "HE 207/2022 | the municipality's share grows in steps with the duration of unemployment | the percentages here are NOT verified: confirm them against Act 555/1998 before relying on them";

    @AttributeDefinition(description = "Date from which job seekers must publish a job-search profile")
    String jobSearchProfile_from() default "2026-09-01";

    String jobSearchProfile_source() default "HE 108/2025, TyVM 9/2025 | duty to draw up and publish a job-search profile on the service platform | the deadline in days is to be confirmed";

    @AttributeDefinition(description = "Calendar days without benefit for a first neglect")
    int firstNeglect_days() default 7;

    String firstNeglect_source() default "HE 108/2025 | a first neglect gives a 7-calendar-day period without benefit | the committee proposed 1.3.2026 for this change; to be confirmed";

    String timeLimits_source() default "Act 150/1930 on computing statutory time limits | 2 §: the event day is not counted; 3 §: months end on the corresponding day (or the month's last); 5 §: a limit ending on a holiday, Saturday, May Day, Independence Day, Christmas or Midsummer Eve moves to the next business day";

    @AttributeDefinition(description = "Age in full years on the start of the employment a job seeker must have reached for the employment subsidy for people aged 55+")
    int employmentSubsidy55_minAge() default 55;

    String employmentSubsidy55_source() default "Act 380/2023 on organising employment services | employment subsidy for people aged 55 or more (55 vuotta täyttäneiden työllistämistuki), paid to an employer that hires such a job seeker | unchanged by HE 108/2025 as far as checked; section number to be confirmed in Finlex; the provisions came from Act 916/2012 with the TE2024 reform (to be confirmed); the further condition on the length of unemployment is not checked by Polku";

    @AttributeDefinition(description = "Longest start-up grant in months")
    int startUpGrant_maxMonths() default 12;

    @AttributeDefinition(description = "Whether the start-up grant is only for full-time business")
    boolean startUpGrant_fullTimeRequired() default true;

    String startUpGrant_source() default "Act 380/2023 on organising employment services | start-up grant (starttiraha) for starting and establishing full-time business, granted for at most 12 months | unchanged by HE 108/2025 as far as checked; section number to be confirmed in Finlex";

    @AttributeDefinition(description = "Kinds of employer that can receive pay subsidy: company, public-body, third-sector")
    String[] paySubsidy_employerKinds() default {"company", "public-body", "third-sector"};

    String paySubsidy_source() default "Act 380/2023 on organising employment services | pay subsidy (palkkatuki) to an employer that hires an unemployed job seeker: a company or other private employer, a municipality or other public body, an association or foundation | unchanged by HE 108/2025 as far as checked; section number to be confirmed; the grouping into three employer kinds is Polku's, and which public bodies are excluded (e.g. the State) is to be confirmed";
}
