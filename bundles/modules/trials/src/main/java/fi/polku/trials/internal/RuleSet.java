package fi.polku.trials.internal;

import java.time.LocalDate;
import java.util.List;
import fi.polku.api.rules.LegalSource;

/** The trial rules in force from a day, each parameter with its source (see {@link RuleSetConfig}). */
record RuleSet(LocalDate effectiveFrom, Param maxMonthsPerOrganiser, Param maxMonthsTotal, Param minHoursPerDay, Param maxHoursPerDay,
        Param maxDaysPerWeek, Param educationMaxDays) {

    /** A parameter: its value, where it comes from, and whether that was checked against the published law. */
    record Param(String key, int value, String source, boolean verified) {
        /** The source as a refusal quotes it to a person: the numbers of the acts it names (the same in every language). */
        Cite cite() {
            LegalSource parsed = LegalSource.parse(source);
            List<String> acts = parsed.acts();
            return new Cite(acts.isEmpty() ? parsed.statute() : String.join(", ", acts), acts.size() > 1, verified);
        }
    }

    /** A source for a person, worded by the catalogue ({@code cite.*}). */
    record Cite(String acts, boolean many, boolean verified) {
        String key() {
            return "cite." + (many ? "acts" : "act") + (verified ? "" : ".unverified");
        }
    }

    static RuleSet of(RuleSetConfig c) {
        return new RuleSet(LocalDate.parse(c.effectiveFrom()),
                new Param("workTrial.maxMonthsPerOrganiser", c.workTrial_maxMonthsPerOrganiser(), c.workTrial_maxMonthsPerOrganiser_source(),
                        c.workTrial_maxMonthsPerOrganiser_verified()),
                new Param("workTrial.maxMonthsTotal", c.workTrial_maxMonthsTotal(), c.workTrial_maxMonthsTotal_source(),
                        c.workTrial_maxMonthsTotal_verified()),
                new Param("workTrial.minHoursPerDay", c.workTrial_minHoursPerDay(), c.workTrial_hoursPerDay_source(), c.workTrial_hoursPerDay_verified()),
                new Param("workTrial.maxHoursPerDay", c.workTrial_maxHoursPerDay(), c.workTrial_hoursPerDay_source(), c.workTrial_hoursPerDay_verified()),
                new Param("workTrial.maxDaysPerWeek", c.workTrial_maxDaysPerWeek(), c.workTrial_maxDaysPerWeek_source(),
                        c.workTrial_maxDaysPerWeek_verified()),
                new Param("educationTrial.maxDays", c.educationTrial_maxDays(), c.educationTrial_maxDays_source(), c.educationTrial_maxDays_verified()));
    }

    List<Param> parameters() {
        return List.of(maxMonthsPerOrganiser, maxMonthsTotal, minHoursPerDay, maxHoursPerDay, maxDaysPerWeek, educationMaxDays);
    }
}
