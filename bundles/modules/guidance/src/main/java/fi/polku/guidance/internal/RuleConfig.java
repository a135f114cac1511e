package fi.polku.guidance.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The guidance services' conditions in force from a day: {@code configs/fi.polku.guidance.rules~<name>.cfg.json}. */
@ObjectClassDefinition(name = "Polku guidance services rules")
public @interface RuleConfig {
    @AttributeDefinition(description = "First day in force, YYYY-MM-DD")
    String effectiveFrom();

    @AttributeDefinition(description = "Psychological assessment methods are used only with the customer's consent")
    boolean careerGuidance_psychologicalMethods_consentRequired() default true;

    String careerGuidance_psychologicalMethods_source();

    boolean careerGuidance_psychologicalMethods_verified() default false;

    @AttributeDefinition(description = "What expert assessments may assess: skills, work-ability, suitability")
    String[] expertAssessment_kinds();

    String expertAssessment_kinds_source();

    boolean expertAssessment_kinds_verified() default false;
}
