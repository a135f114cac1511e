package fi.polku.rules.r2025.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The parameters of rule set 2025 and where each comes from. A source is written
 * {@code statute | provision | note}. The defaults are the values of the law; an installation
 * shows them in {@code configs/fi.polku.rules.r2025.cfg.json}.
 */
@ObjectClassDefinition(name = "Rule set 2025",
        description = "The job seeker's service process under Act 380/2023 as in force from 1 January 2025")
public @interface RuleConfig2025 {

    @AttributeDefinition(description = "First start date of a job search that this rule set governs (ISO date)")
    String effectiveFrom() default "2025-01-01";

    String effectiveFrom_source() default "Act 380/2023 | entry into force 1.1.2025 | the TE2024 reform moved employment services to municipalities";

    @AttributeDefinition(description = "Business days from the start of the job search within which the initial interview is held")
    int initialInterview_businessDays() default 5;

    String initialInterview_source() default "Act 380/2023 | initial interview (alkuhaastattelu) within five business days of the start of the job search | section number to be confirmed in Finlex; wording as in the Työmarkkinatori guidance for job seekers";

    @AttributeDefinition(description = "Supplementary job-search interviews in the first months")
    int supplementaryInterviews_count() default 5;

    @AttributeDefinition(description = "Months after the initial interview within which the supplementary interviews are held")
    int supplementaryInterviews_months() default 3;

    String supplementaryInterviews_source() default "Act 380/2023 | five supplementary job-search interviews (täydentävät työnhakukeskustelut) within three months of the initial interview | section number to be confirmed; the even spread over five windows is Polku's planning aid, not the law's";

    @AttributeDefinition(description = "Months after the initial interview (then after the previous job-search interview) when a job-search interview is held")
    int jobSearchInterview_intervalMonths() default 3;

    String jobSearchInterview_source() default "Act 380/2023 | job-search interview (työnhakukeskustelu) whenever three months have passed since the initial interview or the previous job-search interview | section number to be confirmed; the service plan speaks of three months of unemployment";

    @AttributeDefinition(description = "Months since the previous job search ended before a new one begins with an initial interview again")
    int initialInterview_againAfterMonths() default 6;

    String initialInterview_againSource() default "Act 380/2023, as Työmarkkinatori's guidance for job seekers describes it ('Initial interview and job search discussions') | a new initial interview is held only when at least six months have passed since the previous job search ended and the person registers again | guidance for job seekers, not the act's text: the provision of Act 380/2023 (or its decree) is to be confirmed; UNVERIFIED against the statute";

    @AttributeDefinition(description = "The job-search statuses whose job searches have job-search interviews")
    String[] jobSearchInterview_statuses() default {"unemployed", "laid-off", "part-time"};

    String jobSearchInterview_statusesSource() default "Act 380/2023, as Työmarkkinatori's guidance for job seekers describes it ('Alkuhaastattelu ja työnhakukeskustelut') | job-search interviews concern all the unemployed and those threatened by unemployment, part-time workers and those laid off by shortened working hours, and job seekers in pay-subsidised work | Polku's statuses that match: unemployed, laid-off, part-time; 'threatened by unemployment' and 'in pay-subsidised work' are not statuses Polku records yet, and 'in-service' (in a service) is left out as Polku's reading; UNVERIFIED against Act 380/2023";

    @AttributeDefinition(description = "Unemployment benefit days after which the home municipality's financing liability begins")
    int municipalLiability_benefitDays() default 100;

    @AttributeDefinition(description = "How the benefit days are counted")
    String municipalLiability_counting() default "benefit days Monday to Friday, public holidays included, after the waiting period, the days of every job search counted together until the count starts again; labour market subsidy, basic and earnings-related allowance count";

    String municipalLiability_source() default "Act 555/1998 on the financing of unemployment benefits, as amended from 1.1.2025 (HE 207/2022) | the home municipality pays a share of unemployment benefits from the 101st benefit day (Kela's billing) | section number to be confirmed";

    @AttributeDefinition(description = "Benefit days of waiting period before benefit is paid, served once until the count starts again")
    int municipalLiability_waitingDays() default 7;

    String municipalLiability_waitingSource() default "HE 73/2023 | the waiting period (omavastuuaika) before unemployment benefit is paid lengthened from five to seven days of unemployment from 1.1.2024; benefit is paid for five days a week, Monday to Friday | Kela's pages on unemployment benefit; the waiting period is served once for the maximum period (not again within a year): Polku serves it once until the count starts again";

    @AttributeDefinition(description = "Months between two job searches taken for the employment condition met again (the count of benefit days starts again)")
    int municipalLiability_resetGapMonths() default 12;

    String municipalLiability_resetSource() default "Act 1290/2002 (Unemployment Security Act) | the count of benefit days (the maximum period) starts again when the employment condition is met anew, for a wage earner 12 months of work (HE 73/2023) | Polku does not know a job seeker's work history: a gap of at least 12 months between two job searches is taken for the condition met again; a proxy of Polku's, UNVERIFIED";

    @AttributeDefinition(description = "The municipality's share by benefit days, as 'from-day:percent'")
    String[] municipalLiability_steps() default {"100:10", "200:20", "300:30"};

    String municipalLiability_stepsSource() default "HE 207/2022 | the municipality's share grows in steps with the number of benefit days | the percentages here are placeholders NOT verified against Act 555/1998: no public source with the scale was found (one secondary source speaks of a six-step scale reaching 50 % after 700 days, not confirmed); UNVERIFIED";

    String timeLimits_source() default "Act 150/1930 on computing statutory time limits | 2 §: the event day is not counted; 3 §: months end on the corresponding day (or the month's last); 5 §: a limit ending on a holiday, Saturday, May Day, Independence Day, Christmas or Midsummer Eve moves to the next business day | whether the Act binds the authority's own interview deadlines is to be confirmed";

    @AttributeDefinition(description = "Age in full years on the start of the employment a job seeker must have reached for the employment subsidy for people aged 55+")
    int employmentSubsidy55_minAge() default 55;

    String employmentSubsidy55_source() default "Act 380/2023 on organising employment services | employment subsidy for people aged 55 or more (55 vuotta täyttäneiden työllistämistuki), paid to an employer that hires such a job seeker | section number to be confirmed in Finlex; the provisions came from Act 916/2012 with the TE2024 reform (to be confirmed); the further condition on the length of unemployment is not checked by Polku";

    @AttributeDefinition(description = "Longest start-up grant in months")
    int startUpGrant_maxMonths() default 12;

    @AttributeDefinition(description = "Whether the start-up grant is only for full-time business")
    boolean startUpGrant_fullTimeRequired() default true;

    String startUpGrant_source() default "Act 380/2023 on organising employment services | start-up grant (starttiraha) for starting and establishing full-time business, granted for at most 12 months | section number to be confirmed in Finlex";

    @AttributeDefinition(description = "Kinds of employer that can receive pay subsidy: company, municipality, public-body (other than the State), third-sector; the State never")
    String[] paySubsidy_employerKinds() default {"company", "municipality", "public-body", "third-sector"};

    String paySubsidy_source() default "Act 380/2023 on organising employment services | pay subsidy (palkkatuki) to an employer that hires an unemployed job seeker: a company or other private employer, a municipality (on conditions, see pay-subsidy.municipality.*), another public body, an association or foundation; the State gets none (TE services: State agencies get an appropriation instead) | section numbers to be confirmed; the grouping into employer kinds is Polku\'s";

    @AttributeDefinition(description = "Months of the counting period for repeated neglects, beginning at the first neglect")
    int neglect_countingMonths() default 12;

    String neglect_countingSource() default "Act 1290/2002 (Unemployment Security Act) chapter 2 a, as amended by Act 1380/2021 | repeated neglects are counted within a 12-month period beginning at the first | Työmarkkinatori's page 'Karenssi' ('toistuvasti 12 kuukauden tarkastelujaksolla'); section number to be confirmed in Finlex";

    @AttributeDefinition(description = "Business days the job seeker is given to explain a neglect before it is decided (the hearing)")
    int neglect_hearingBusinessDays() default 10;

    String neglect_hearingSource() default "Act 434/2003 (Administrative Procedure Act) 34 § | a party is heard before a decision; the authority sets the deadline of the request for an explanation (selvityspyyntö) | no number of days is set by law: 10 business days is Polku's default, about the two weeks the TE services' guidance used; UNVERIFIED, set it to the area's practice";

    @AttributeDefinition(description = "Consequences of neglects, one line per kind: 'kind = consequence, ...' for the 1st, 2nd ... neglect within the counting period")
    String[] neglect_ladders() default {
        "missed-interview = reminder, days:7, days:14, requirement-weeks:12",
        "missed-service = reminder, days:7, days:14, requirement-weeks:12",
        "job-applications = reminder, days:7, days:14, requirement-weeks:12",
        "offered-job = reminder, days:7, days:14, requirement-weeks:12",
        "refused-service = reminder, days:7, days:14, requirement-weeks:12",
        "no-plan = reminder, days:7, days:14, requirement-weeks:12"};

    String neglect_laddersSource() default "Act 1290/2002 chapter 2 a, as amended by Act 1380/2021 (in force 2.5.2022) | staggered consequences within 12 months: 1st a reminder, 2nd 7 days without benefit, 3rd 14 days, 4th an employment requirement of 12 weeks | Kela's press release on the 1.3.2026 change ('Tällä hetkellä ensimmäisestä laiminlyönnistä seuraa työttömälle muistutus ...') and Työmarkkinatori's page 'Karenssi'; section numbers to be confirmed in Finlex";

    @AttributeDefinition(description = "Grounds of pay subsidy as ground:percent:monthlyCapCents:maxMonths")
    String[] paySubsidy_grounds() default {"general:50:126000:10", "reduced-work-ability:70:177000:24", "association:100:202000:12"};

    String paySubsidy_groundsSource() default "Act 380/2023 on organising employment services, pay subsidy (palkkatuki) | 50 % of the pay costs in general, 70 % for a person whose work ability is reduced by an injury or illness, 100 % for an association, foundation or religious community employing a person for at most 65 % of full working time; monthly caps 1 260, 1 770 and 2 020 euros | Työmarkkinatori's page 'Palkkatuki' and HE 175/2022 (percentages); the caps are the values from 1.7.2023 and are to be checked for the current year; durations: in general 5 or 10 months by the length of unemployment (Polku checks the longer), reduced work ability 24 months and the association ground 12 months are UNVERIFIED; section numbers to be confirmed in Finlex";

    @AttributeDefinition(description = "The pay-subsidy ground a municipality may always get")
    String paySubsidy_municipalityGround() default "reduced-work-ability";

    @AttributeDefinition(description = "Least age of a long-term unemployed person for a municipality's pay subsidy")
    int paySubsidy_municipalityMinAge() default 60;

    @AttributeDefinition(description = "Months of unemployment that make a person long-term unemployed for a municipality's pay subsidy")
    int paySubsidy_municipalityMinUnemployedMonths() default 12;

    String paySubsidy_municipalitySource() default "Act 380/2023 on organising employment services, pay subsidy | a municipality (or joint municipal authority) gets pay subsidy only for employing a person whose work ability is reduced, or a long-term unemployed person aged 60 or more; the State gets none (it is not among the employer kinds) | the rule as the issue's review of the act describes it; the 12 months that make a person long-term unemployed are Polku's reading; UNVERIFIED against the act's text";

    @AttributeDefinition(description = "Most working time, in percent of full time, of the association ground")
    int paySubsidy_associationMaxWorkTimePercent() default 65;

    String paySubsidy_associationSource() default "Act 380/2023 on organising employment services, pay subsidy | the 100 % ground covers employment of at most 65 % of full working time | Työmarkkinatori's page 'Palkkatuki'";

    @AttributeDefinition(description = "Months unemployed within the last 28 months for the 55+ subsidy")
    int employmentSubsidy55_minUnemployedMonths() default 24;

    @AttributeDefinition(description = "The 55+ subsidy in percent of the pay costs")
    int employmentSubsidy55_percent() default 70;

    @AttributeDefinition(description = "The 55+ subsidy's monthly cap in cents")
    int employmentSubsidy55_monthlyCapCents() default 177000;

    @AttributeDefinition(description = "The 55+ subsidy's longest duration in months")
    int employmentSubsidy55_maxMonths() default 10;

    @AttributeDefinition(description = "Least weekly working hours with the 55+ subsidy")
    int employmentSubsidy55_minWeeklyHours() default 25;

    String employmentSubsidy55_termsSource() default "Act 380/2023 on organising employment services, employment subsidy for people aged 55 or more (55 vuotta täyttäneiden työllistämistuki) | for a job seeker aged 55+ unemployed at least 24 of the last 28 months: 70 % of the pay costs, at most 1 770 euros a month, at most 10 months and not longer than the employment, working time at least 25 hours a week; the employment may not begin before the grant | Työmarkkinatori's page '55 vuotta täyttäneiden työllistämistuki'; section numbers to be confirmed in Finlex";
}
