package fi.polku.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000); // few rounds: the algorithm, not the cost, is tested

    @Test
    void rightPasswordMatchesAndWrongDoesNot() {
        String stored = hasher.hash("polku-demo".toCharArray());
        assertTrue(hasher.matches("polku-demo".toCharArray(), stored));
        assertFalse(hasher.matches("polku-demO".toCharArray(), stored));
        assertFalse(hasher.matches("".toCharArray(), stored));
    }

    @Test
    void samePasswordGetsDifferentSaltAndHash() {
        assertNotEquals(hasher.hash("x".toCharArray()), hasher.hash("x".toCharArray()));
    }

    @Test
    void storedFormNamesAlgorithmAndWorkFactor() {
        String[] parts = hasher.hash("x".toCharArray()).split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
    }

    @Test
    void defaultWorkFactorIsTheOwaspOne() {
        assertTrue(new PasswordHasher().hash("x".toCharArray()).startsWith("pbkdf2-sha256$210000$"));
    }

    @Test
    void malformedStoredHashNeverMatches() {
        assertFalse(hasher.matches("x".toCharArray(), "plain-text"));
        assertFalse(hasher.matches("x".toCharArray(), "pbkdf2-sha256$abc$$"));
        assertFalse(hasher.matches("x".toCharArray(), "pbkdf2-sha256$1000$!!!$###"));
    }

    @Test
    void hashOfTokenIsStableHex() {
        assertEquals(Tokens.sha256("abc"), Tokens.sha256("abc"));
        assertEquals(64, Tokens.sha256("abc").length());
        assertNotEquals(Tokens.random(), Tokens.random());
    }
}
