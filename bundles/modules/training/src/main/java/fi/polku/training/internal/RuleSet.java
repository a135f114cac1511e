package fi.polku.training.internal;

import java.time.LocalDate;

/** The training rules in force from a day: each parameter with its source (see {@link RuleSetConfig}). */
record RuleSet(LocalDate effectiveFrom, Param<Boolean> degreeAimRefused, Param<Integer> minAge, Param<Integer> minEmploymentYears,
        Param<Integer> registrationDays, Param<String> grounds) {

    /** A parameter: its value, where it comes from, and whether that was checked against the published law. */
    record Param<T>(String key, T value, String source, boolean verified) {
        /**
         * The source as a refusal quotes it to a person: the numbers of the acts it names (the
         * same in every language), and whether the value was verified. The provision and the
         * note, written for the IT admin in the configuration, stay in the rules API.
         */
        Cite cite() {
            fi.polku.api.rules.LegalSource parsed = fi.polku.api.rules.LegalSource.parse(source);
            java.util.List<String> acts = parsed.acts();
            return new Cite(acts.isEmpty() ? parsed.statute() : String.join(", ", acts), acts.size() > 1, verified);
        }
    }

    /** A source for a person: the acts' numbers; {@code many} when more than one; rendered by the catalogue ({@code cite.*}). */
    record Cite(String acts, boolean many, boolean verified) {
        String key() {
            return "cite." + (many ? "acts" : "act") + (verified ? "" : ".unverified");
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
