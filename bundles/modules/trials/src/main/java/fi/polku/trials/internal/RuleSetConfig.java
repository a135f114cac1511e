package fi.polku.trials.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One version of the trials module's rules, in force from a day:
 * {@code configs/fi.polku.trials.rules~<name>.cfg.json}. Each value sits beside its legal source,
 * written "statute | provision | note", and a flag saying whether it was checked against the
 * published text of the law.
 */
@ObjectClassDefinition(name = "Polku trial rules", description = "The trials module's statutory limits, by the day they come into force")
public @interface RuleSetConfig {
    @AttributeDefinition(description = "First day in force, YYYY-MM-DD")
    String effectiveFrom();

    @AttributeDefinition(description = "A person's work trials with one organiser, in months at most")
    int workTrial_maxMonthsPerOrganiser() default 6;

    String workTrial_maxMonthsPerOrganiser_source();

    boolean workTrial_maxMonthsPerOrganiser_verified() default false;

    @AttributeDefinition(description = "A person's work trials in all, in months at most")
    int workTrial_maxMonthsTotal() default 12;

    String workTrial_maxMonthsTotal_source();

    boolean workTrial_maxMonthsTotal_verified() default false;

    @AttributeDefinition(description = "Hours a day in a work trial, at least")
    int workTrial_minHoursPerDay() default 4;

    @AttributeDefinition(description = "Hours a day in a work trial, at most")
    int workTrial_maxHoursPerDay() default 8;

    String workTrial_hoursPerDay_source();

    boolean workTrial_hoursPerDay_verified() default false;

    @AttributeDefinition(description = "Days a week in a work trial, at most")
    int workTrial_maxDaysPerWeek() default 5;

    String workTrial_maxDaysPerWeek_source();

    boolean workTrial_maxDaysPerWeek_verified() default false;

    @AttributeDefinition(description = "Days of an education trial, at most")
    int educationTrial_maxDays() default 10;

    String educationTrial_maxDays_source();

    boolean educationTrial_maxDays_verified() default false;
}
