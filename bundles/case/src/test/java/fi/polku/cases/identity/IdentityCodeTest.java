package fi.polku.cases.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IdentityCodeTest {

    @ParameterizedTest(name = "{0} is born {1}")
    @CsvSource({
        // The Digital and Population Data Services Agency's published examples and synthetic 9xx codes.
        "131052-308T, 1952-10-13",
        "010594Y9021, 1994-05-01",
        "020594X903P, 1994-05-02",
        "010516B903X, 2016-05-01",
        "010501A9010, 2001-05-01",
        "311299-999E, 1999-12-31",
    })
    void validCodes(String code, LocalDate birth) {
        IdentityCode c = IdentityCode.parse(code);
        assertEquals(birth, c.birthDate());
        assertEquals(code, c.value());
    }

    @Test
    void lowerCaseAndSpacesAreForgiven() {
        assertEquals("131052-308T", IdentityCode.parse(" 131052-308t ").value());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "131052-308U | control character",
        "131052-30T  | 11 characters",
        "1310X2-308T | birth date",
        "131052Z308T | century sign",
        "131052-3A8T | individual number",
        "310252-308T | does not exist",
        "131052-001T | never issued",
        "'' | missing",
    })
    void invalidCodesSayWhatIsWrong(String code, String expectedWords) {
        InvalidIdentityCodeException e = assertThrows(InvalidIdentityCodeException.class, () -> IdentityCode.parse(code));
        assertTrue(e.getMessage().contains(expectedWords), e.getMessage());
    }

    @Test
    void syntheticOnlyFrom900() {
        assertTrue(IdentityCode.parse("311299-999E").isSynthetic());
        assertFalse(IdentityCode.parse("131052-308T").isSynthetic());
    }

    @Test
    void maskedHidesIndividualPartAndToStringIsMasked() {
        IdentityCode c = IdentityCode.parse("131052-308T");
        assertEquals("131052-****", c.masked());
        assertEquals("131052-****", c.toString());
    }

    @Test
    void controlCharacterMatchesParse() {
        char q = IdentityCode.controlCharacter("150390", 912);
        assertEquals("150390-912" + q, IdentityCode.parse("150390-912" + q).value());
    }
}
