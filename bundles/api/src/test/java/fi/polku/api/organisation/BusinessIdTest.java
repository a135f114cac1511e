package fi.polku.api.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusinessIdTest {
    @Test
    void eachFaultIsNamedAndWhatWasMeantIsOffered() {
        assertTrue(BusinessId.isValid("0112038-9"));
        assertTrue(BusinessId.isValid(" 0737546-2 "));
        assertEquals(Optional.of(BusinessId.Fault.CONTROL), BusinessId.fault("0112038-8"));
        assertEquals(Optional.of(BusinessId.Fault.MISSING), BusinessId.fault(" "));
        assertEquals(Optional.of(BusinessId.Fault.FORM), BusinessId.fault("Y-0112038"));
        assertEquals(Optional.of(BusinessId.Fault.SIX_DIGITS), BusinessId.fault("112038-9"));
        assertEquals("0112038-9", BusinessId.likelyMeant("112038-9"));
        assertEquals(Optional.of(BusinessId.Fault.NO_HYPHEN), BusinessId.fault("01120389"));
        assertEquals("0112038-9", BusinessId.likelyMeant("01120389"));
        // 6 × 2 = 12, remainder 1: never issued.
        assertEquals(-1, BusinessId.controlDigit("0000006"));
        assertEquals(Optional.of(BusinessId.Fault.NO_SUCH_START), BusinessId.fault("0000006-0"));
    }
}
