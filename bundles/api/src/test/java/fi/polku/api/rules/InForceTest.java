package fi.polku.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InForceTest {
    @Test
    void theLatestVersionNotAfterTheDayIsInForceAndAKeyIsReplacedOrRemoved() {
        InForce<String> v = new InForce<>();
        v.put("a", LocalDate.of(2025, 1, 1), "2025");
        v.put("b", LocalDate.of(2026, 1, 1), "2026");
        assertEquals(Optional.empty(), v.on(LocalDate.of(2024, 12, 31)));
        assertEquals(Optional.of("2025"), v.on(LocalDate.of(2025, 12, 31)));
        assertEquals(Optional.of("2026"), v.on(LocalDate.of(2026, 1, 1)));
        v.put("b", LocalDate.of(2026, 3, 1), "2026 from March");
        assertEquals(Optional.of("2025"), v.on(LocalDate.of(2026, 2, 1)));
        assertEquals(List.of("2025", "2026 from March"), v.all());
        v.remove("a");
        assertEquals(Optional.empty(), v.on(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void aWrittenSourceIsParsedAndItsActsAreNamedByNumber() {
        LegalSource s = LegalSource.parse("Act 916/2012 ch. 5 a § 2 (added by 670/2022), carried into Act 380/2023 | 55 by the day | note 1/2099");
        assertEquals(List.of("916/2012", "670/2022", "380/2023"), s.acts());
        assertEquals("55 by the day", s.provision());
        assertEquals("note 1/2099", s.note());
        assertEquals(List.of(), LegalSource.parse("the service plan").acts());
        assertEquals("", LegalSource.parse("the service plan").provision());
    }
}
