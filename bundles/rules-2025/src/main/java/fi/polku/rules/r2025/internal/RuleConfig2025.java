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

    String initialInterview_source() default "Act 380/2023 | initial interview (alkuhaastattelu), within five business days of the start of the job search | section number to be confirmed";

    @AttributeDefinition(description = "Supplementary job-search interviews in the first months")
    int supplementaryInterviews_count() default 5;

    @AttributeDefinition(description = "The months of the job search within which the supplementary interviews are held")
    int supplementaryInterviews_months() default 3;

    String supplementaryInterviews_source() default "Act 380/2023 | supplementary job-search interviews (täydentävät työnhakukeskustelut), five in the first three months | section number to be confirmed";

    @AttributeDefinition(description = "Months of unemployment after which, and then at which interval, a job-search interview is held")
    int jobSearchInterview_intervalMonths() default 3;

    String jobSearchInterview_source() default "Act 380/2023 | job-search interview (työnhakukeskustelu) at three months of unemployment and every three months after | section number to be confirmed";

    @AttributeDefinition(description = "Unemployment benefit days after which the home municipality's financing liability begins")
    int municipalLiability_benefitDays() default 100;

    @AttributeDefinition(description = "How the benefit days are counted")
    String municipalLiability_counting() default "benefit days Monday to Friday from the start of the job search, public holidays included, assuming unbroken unemployment with benefit";

    String municipalLiability_source() default "Act 1290/2002 on unemployment security and the financing of unemployment benefits, as amended for 2025 (HE 207/2022) | municipal financing share of unemployment benefits from 100 benefit days | section number to be confirmed";

    @AttributeDefinition(description = "The municipality's share by benefit days, as 'from-day:percent'")
    String[] municipalLiability_steps() default {"100:10", "200:20", "300:30"};

    String municipalLiability_stepsSource() default "HE 207/2022 | the municipality's share grows with the duration of unemployment | values to be confirmed against the enacted act";

    String timeLimits_source() default "Act 150/1930 on computing statutory time limits | the event day is not counted; a limit ending on a holiday, Saturday or an eve moves to the next business day";
}
