package fi.polku.letters.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MimeLetterTest {

    @Test
    void aLongNonAsciiSubjectBecomesFoldedEncodedWordsOfAtMost75Characters() {
        String subject = "Kallelse till möte – sysselsättningsområdets vägledningstjänster, Fredrikshamn, 7.12.2026 kl. 9.00";
        String word = MimeLetter.word(subject);
        StringBuilder decoded = new StringBuilder();
        for (String line : word.split("\r\n ")) {
            assertTrue(line.length() <= 75, line);
            assertTrue(line.startsWith("=?UTF-8?B?") && line.endsWith("?="), line);
            decoded.append(new String(Base64.getDecoder().decode(line.substring(10, line.length() - 2)), StandardCharsets.UTF_8));
        }
        assertEquals(subject, decoded.toString());
        assertEquals("Plain subject", MimeLetter.word("Plain\r\nsubject"));
    }

    @Test
    void theMessageCarriesTheTextAndThePdfInBase64LinesNoServerTakesForTheEnd() {
        byte[] pdf = new byte[5000];
        java.util.Arrays.fill(pdf, (byte) '.');
        String m = MimeLetter.compose("Työllisyysalue", "noreply@example.org", "anna@example.org", "Kutsu", "Hei Anna,\n.\nterveisin", pdf, "kutsu ä.pdf",
                ZonedDateTime.parse("2026-12-02T10:00:00+02:00[Europe/Helsinki]"), "polku.local");
        assertTrue(m.contains("From: =?UTF-8?B?"), m);
        assertTrue(m.contains("To: <anna@example.org>\r\n"));
        assertTrue(m.contains("Date: Wed, 2 Dec 2026 10:00:00 +0200\r\n"), m);
        assertTrue(m.contains("filename=\"kutsu__.pdf\""), "a file name of safe characters");
        for (String line : m.split("\r\n")) {
            assertTrue(line.length() <= 998, "RFC 5322 line limit");
            assertFalse(line.equals("."), "never a line of a single dot");
        }
    }

    @Test
    void identityCodesAreFoundWhereverTheyStandButNotInOtherNumbers() {
        assertTrue(IdentityCodes.in("Henkilötunnus 010190-9012 kirjeessä"));
        assertTrue(IdentityCodes.in("010105A9452"));
        assertFalse(IdentityCodes.in("Puhelin 040 123 4567, asiakasnumero 12345678901"));
        assertFalse(IdentityCodes.in("Y-tunnus 0201256-6"));
    }
}
