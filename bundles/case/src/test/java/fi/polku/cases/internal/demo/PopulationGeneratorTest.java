package fi.polku.cases.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.cases.identity.IdentityCode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PopulationGeneratorTest {

    @Test
    void identityCodesAreValidSyntheticAndUniqueAcrossAMillion() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 1_000_000; i += 7) {
            String code = PopulationGenerator.identityCode(i);
            IdentityCode parsed = IdentityCode.parse(code);
            assertTrue(parsed.isSynthetic(), code);
            assertTrue(seen.add(code), "duplicate " + code);
        }
        // The last person a million-strong population needs.
        assertTrue(IdentityCode.parse(PopulationGenerator.identityCode(999_999)).isSynthetic());
    }

    @Test
    void aSmallDemoHasPeopleOfEveryAge() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 2);
        long under30 = 0;
        long over55 = 0;
        for (long i = 0; i < 500; i++) {
            int age = java.time.Period.between(IdentityCode.parse(PopulationGenerator.identityCode(i)).birthDate(), today).getYears();
            under30 += age < 30 ? 1 : 0;
            over55 += age >= 55 ? 1 : 0;
        }
        assertTrue(under30 > 50, "young people for Ohjaamo: " + under30);
        assertTrue(over55 > 50, "people over 55 for change-security training: " + over55);
    }

    @Test
    void populationBeyondTheTestNumbersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PopulationGenerator.identityCode(100L * 17_000 * 6));
    }

    @Test
    void neighbouringSeedsAreScattered() {
        Set<Long> seen = new HashSet<>();
        for (long i = 0; i < 100_000; i++) {
            assertTrue(seen.add(PopulationGenerator.fmix64(i)));
        }
        assertEquals(0, PopulationGenerator.fmix64(0));
    }
}
