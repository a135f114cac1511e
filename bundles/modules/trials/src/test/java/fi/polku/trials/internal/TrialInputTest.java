package fi.polku.trials.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrialInputTest {
    @Test
    void aWorkTrialNeedsItsGroundsTimesAndTheAssurance() {
        TrialInput ok = new TrialInput("r", "work-trial", "Satama Oy", "0112038-9", "satama", "return-to-work", "Paluu työhön", "Varastotyöt",
                new BigDecimal("6.5"), 4, null, "2026-02-01", "2026-04-30", true);
        assertEquals(Map.of(), ok.problems());
        assertNull(ok.valid().trialDays());
        TrialInput bad = new TrialInput("r", "work-trial", "", "0112038-8", "Satama!", "money", " ", "", new BigDecimal("6.25"), 0, null,
                "2026-02-01", "2026-01-01", false);
        assertEquals(Set.of("organiserName", "organiserBusinessId", "organiserAccount", "statutoryGround", "policyGround", "tasks", "endsOn",
                "hoursPerDay", "daysPerWeek", "assurance"), bad.problems().keySet());
        assertEquals("trial.assurance", bad.problems().get("assurance").key());
    }

    @Test
    void anEducationTrialNeedsItsDaysAndNoAssurance() {
        TrialInput edu = new TrialInput("r", "education-trial", "Ekami", "0112038-9", null, "career-options", "Alan valinta", "Tutustuminen",
                null, null, null, "2026-03-02", "2026-03-13", null);
        assertEquals(Set.of("trialDays"), edu.problems().keySet());
        TrialInput days = new TrialInput("r", "education-trial", "Ekami", "0112038-9", null, "career-options", "Alan valinta", "Tutustuminen",
                new BigDecimal("6"), 5, 8, "2026-03-02", "2026-03-13", true);
        assertEquals(Map.of(), days.problems());
        assertNull(days.valid().hoursPerDay(), "a work trial's fields are dropped for an education trial");
        assertEquals(false, days.valid().assurance());
    }
}
