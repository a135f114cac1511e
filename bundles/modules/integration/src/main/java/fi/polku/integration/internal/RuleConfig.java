package fi.polku.integration.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The integration rules in force from a day: {@code configs/fi.polku.integration.rules~<name>.cfg.json}. */
@ObjectClassDefinition(name = "Polku integration rules")
public @interface RuleConfig {
    @AttributeDefinition(description = "First day in force, YYYY-MM-DD")
    String effectiveFrom();

    @AttributeDefinition(description = "The integration plan is begun within this many days of the initial assessment")
    int plan_withinDays();

    String plan_withinDays_source();

    boolean plan_withinDays_verified() default false;

    @AttributeDefinition(description = "One integration plan (version) runs at most this many months")
    int plan_maxMonths();

    String plan_maxMonths_source();

    boolean plan_maxMonths_verified() default false;

    @AttributeDefinition(description = "A person's integration plans run at most this many months in all from the first")
    int plan_totalMaxMonths();

    String plan_totalMaxMonths_source();

    boolean plan_totalMaxMonths_verified() default false;
}
