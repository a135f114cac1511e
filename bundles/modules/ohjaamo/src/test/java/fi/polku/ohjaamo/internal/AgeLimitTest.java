package fi.polku.ohjaamo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeLimitTest {
    @Test
    void theSourceIsCitedByItsActsNumbers() {
        assertEquals("381/2023", new OhjaamoRules.AgeLimit(LocalDate.of(2025, 1, 1), 30, "Act 381/2023 | under 30 | not verified", false).acts());
        assertEquals("the plan", new OhjaamoRules.AgeLimit(LocalDate.of(2025, 1, 1), 30, "the plan | under 30", false).acts());
    }
}
