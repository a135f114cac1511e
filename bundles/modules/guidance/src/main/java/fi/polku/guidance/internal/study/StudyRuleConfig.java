package fi.polku.guidance.internal.study;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The conditions of self-motivated study with unemployment benefit in force from a day:
 * {@code configs/fi.polku.guidance.study.rules~<name>.cfg.json}. Each beside its source
 * ("statute | provision | note") and whether it was checked against the published law.
 */
@ObjectClassDefinition(name = "Polku self-motivated study rules")
public @interface StudyRuleConfig {
    @AttributeDefinition(description = "First day in force, YYYY-MM-DD")
    String effectiveFrom();

    @AttributeDefinition(description = "The authority's two findings needed for support: the study substantially improves the "
            + "person's employment prospects, and it is the most appropriate labour-policy means")
    String assessment_source();

    boolean assessment_verified() default false;

    @AttributeDefinition(description = "Age in full years the person has reached when the study starts")
    int minimumAge();

    String minimumAge_source();

    boolean minimumAge_verified() default false;

    @AttributeDefinition(description = "The kinds of study that can be supported")
    String[] studyKinds();

    String studyKinds_source();

    boolean studyKinds_verified() default false;

    @AttributeDefinition(description = "Only full-time study is supported")
    boolean fullTimeOnly() default true;

    String fullTimeOnly_source();

    boolean fullTimeOnly_verified() default false;

    @AttributeDefinition(description = "Support is decided before the study starts")
    boolean decisionBeforeStart() default true;

    String decisionBeforeStart_source();

    boolean decisionBeforeStart_verified() default false;

    @AttributeDefinition(description = "The longest supported period, in months")
    int maximumMonths();

    String maximumMonths_source();

    boolean maximumMonths_verified() default false;

    @AttributeDefinition(description = "Days for a request for rectification from the day the decision was received")
    int rectificationDays();

    String rectificationDays_source();

    boolean rectificationDays_verified() default false;
}
