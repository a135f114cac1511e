package fi.polku.ohjaamo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The Ohjaamo rules in force from a day: {@code configs/fi.polku.ohjaamo.rules~<name>.cfg.json}. */
@ObjectClassDefinition(name = "Polku Ohjaamo rules")
public @interface RuleConfig {
    @AttributeDefinition(description = "First day in force, YYYY-MM-DD")
    String effectiveFrom();

    @AttributeDefinition(description = "Ohjaamo serves customers younger than this on the day of the referral")
    int youth_ageLimit() default 30;

    String youth_ageLimit_source();

    boolean youth_ageLimit_verified() default false;
}
