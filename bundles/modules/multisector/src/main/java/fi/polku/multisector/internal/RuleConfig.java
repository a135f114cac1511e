package fi.polku.multisector.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The co-operation's deadlines in force from a day: {@code configs/fi.polku.multisector.rules~<name>.cfg.json}. */
@ObjectClassDefinition(name = "Polku multisectoral co-operation rules")
public @interface RuleConfig {
    @AttributeDefinition(description = "First day in force, YYYY-MM-DD")
    String effectiveFrom();

    @AttributeDefinition(description = "The joint assessment within this many months of the referral")
    int assessment_withinMonths();

    String assessment_source();

    boolean assessment_verified() default false;

    @AttributeDefinition(description = "The joint multisectoral plan within this many months of an assessment that found the need")
    int plan_withinMonths();

    String plan_source();

    boolean plan_verified() default false;

    @AttributeDefinition(description = "The plan followed up at least every this many months")
    int review_intervalMonths();

    String review_source();

    boolean review_verified() default false;
}
