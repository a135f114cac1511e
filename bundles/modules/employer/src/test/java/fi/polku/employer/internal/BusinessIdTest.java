package fi.polku.employer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTest {
    @ParameterizedTest
    @CsvSource({"2345671-3, 2345671-3", "1112223-0, 1112223-0", " 7890126-3 , 7890126-3", "112223-7, 0112223-7"})
    void acceptsAValidIdWithItsCheckDigit(String given, String expected) {
        assertEquals(expected, BusinessId.normalized(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2345671-4", "1234567-2", "12345678", "1234567", "ABCDEFG-1", "1234567-", "", "12345678-9"})
    void refusesAWrongCheckDigitOrForm(String given) {
        assertNull(BusinessId.normalized(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000006-0", "0000006-1", "0000006-9"})
    void refusesEveryIdWhoseRemainderIsOne(String given) {
        // 6 * 2 = 12, remainder 1: no check digit makes it valid
        assertNull(BusinessId.normalized(given));
    }
}
