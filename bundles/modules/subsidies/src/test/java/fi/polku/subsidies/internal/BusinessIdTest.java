package fi.polku.subsidies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0112038-9", "1572860-0", "0737546-2", "2080940-5", "1234567-1", " 0112038-9 "})
    void validIds(String id) {
        assertTrue(BusinessId.isValid(id), () -> id + ": " + BusinessId.problem(id));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0112038-8 | does not match its first seven digits",
        "1234567-2 | does not match its first seven digits",
        "1000008-0 | these digits give no valid control digit",
        "112038-9  | leading zero (0112038-9)",
        "01120389  | Write the hyphen before the control digit: 0112038-9",
        "0112O38-9 | seven digits, a hyphen and a control digit",
        "0112038/9 | seven digits, a hyphen and a control digit",
        "FI01120389 | seven digits, a hyphen and a control digit"})
    void eachFaultHasItsOwnMessage(String id, String message) {
        String problem = CatalogueMessages.en(BusinessId.problem(id).orElseThrow());
        assertTrue(problem.contains(message), problem);
        assertFalse(BusinessId.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void missingIdAsksForIt(String id) {
        assertTrue(CatalogueMessages.en(BusinessId.problem(id).orElseThrow()).startsWith("Give the employer's business ID"));
        assertTrue(BusinessId.problem(null).isPresent());
    }

    @ParameterizedTest
    @CsvSource({"0000000, 0", "0112038, 9", "1572860, 0", "1000008, -1"})
    void controlDigitWithWeightsMod11(String digits, int expected) {
        assertEquals(expected, BusinessId.controlDigit(digits));
    }
}
