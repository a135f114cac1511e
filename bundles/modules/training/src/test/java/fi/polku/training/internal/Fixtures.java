package fi.polku.training.internal;

import java.time.LocalDate;

/** A rule set as the 2025 configuration gives it, for the pure rule tests. */
final class Fixtures {
    private Fixtures() {}

    static RuleSet rules2025() {
        String src = "Act 916/2012 ch. 5 a § 2 | a provision | a note";
        // (a source naming two acts is cited as both: see RuleSetTest)
        return new RuleSet(LocalDate.of(2025, 1, 1),
                new RuleSet.Param<>("degreeAim.refused", true, "Act 380/2023 | no degree training | to be confirmed", false),
                new RuleSet.Param<>("changeSecurity.minAge", 55, src, false),
                new RuleSet.Param<>("changeSecurity.minEmploymentYears", 5, src, true),
                new RuleSet.Param<>("changeSecurity.registrationDays", 60, src, true),
                new RuleSet.Param<>("changeSecurity.grounds", "financial-production", src, true));
    }
}
