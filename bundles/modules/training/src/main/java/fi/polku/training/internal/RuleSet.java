package fi.polku.training.internal;

import java.time.LocalDate;

/** The training rules in force from a day: each parameter with its source (see {@link RuleSetConfig}). */
record RuleSet(LocalDate effectiveFrom, Param<Boolean> degreeAimRefused, Param<Integer> minAge, Param<Integer> minEmploymentYears,
        Param<Integer> registrationDays, Param<String> grounds) {

    /** A parameter: its value, where it comes from, and whether that was checked against the published law. */
    record Param<T>(String key, T value, String source, boolean verified) {
        /** The source as quoted in a refusal: the statute and provision, and "unverified" when it is. */
        String quoted() {
            String[] parts = source.split("\\s*\\|\\s*");
            String cited = parts.length > 1 ? parts[0] + ", " + parts[1] : source;
            return verified ? cited : cited + " [unverified]";
        }
    }

    static RuleSet of(RuleSetConfig c) {
        return new RuleSet(LocalDate.parse(c.effectiveFrom()),
                new Param<>("degreeAim.refused", c.degreeAim_refused(), c.degreeAim_source(), c.degreeAim_verified()),
                new Param<>("changeSecurity.minAge", c.changeSecurity_minAge(), c.changeSecurity_minAge_source(),
                        c.changeSecurity_minAge_verified()),
                new Param<>("changeSecurity.minEmploymentYears", c.changeSecurity_minEmploymentYears(),
                        c.changeSecurity_minEmploymentYears_source(), c.changeSecurity_minEmploymentYears_verified()),
                new Param<>("changeSecurity.registrationDays", c.changeSecurity_registrationDays(),
                        c.changeSecurity_registrationDays_source(), c.changeSecurity_registrationDays_verified()),
                new Param<>("changeSecurity.grounds", c.changeSecurity_grounds(), c.changeSecurity_grounds_source(),
                        c.changeSecurity_grounds_verified()));
    }
}
