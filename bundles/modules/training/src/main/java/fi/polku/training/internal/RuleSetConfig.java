package fi.polku.training.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One version of the training module's rules, in force from a day:
 * {@code configs/fi.polku.training.rules~<name>.cfg.json}. Each value sits beside its legal source,
 * written "statute | provision | note", and a flag saying whether it was checked against the
 * published text of the law ({@code false}: shown as unverified wherever it is quoted).
 */
@ObjectClassDefinition(name = "Polku training rules", description = "The training module's statutory parameters, by the day they come into force")
public @interface RuleSetConfig {
    @AttributeDefinition(description = "First day in force, YYYY-MM-DD")
    String effectiveFrom();

    @AttributeDefinition(description = "Refuse a course whose aim is a degree or a part of one")
    boolean degreeAim_refused() default true;

    String degreeAim_source();

    boolean degreeAim_verified() default false;

    @AttributeDefinition(description = "Change-security training: age reached by the day of the dismissal")
    int changeSecurity_minAge() default 55;

    String changeSecurity_minAge_source();

    boolean changeSecurity_minAge_verified() default false;

    @AttributeDefinition(description = "Change-security training: years with the dismissing employer by the day of the dismissal")
    int changeSecurity_minEmploymentYears() default 5;

    String changeSecurity_minEmploymentYears_source();

    boolean changeSecurity_minEmploymentYears_verified() default false;

    @AttributeDefinition(description = "Change-security training: days from the dismissal within which the person registered as a job seeker")
    int changeSecurity_registrationDays() default 60;

    String changeSecurity_registrationDays_source();

    boolean changeSecurity_registrationDays_verified() default false;

    @AttributeDefinition(description = "Change-security training: the grounds of dismissal that qualify")
    String changeSecurity_grounds() default "financial-production";

    String changeSecurity_grounds_source();

    boolean changeSecurity_grounds_verified() default false;
}
