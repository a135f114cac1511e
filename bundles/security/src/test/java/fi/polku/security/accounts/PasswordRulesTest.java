package fi.polku.security.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.security.accounts.PasswordRules.Rule;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static Optional<Rule> check(String password) {
        return PasswordRules.check("aino.virtanen", password.toCharArray());
    }

    @Test
    void aLongPassphraseOfOrdinaryWordsIsGood() {
        assertEquals(Optional.empty(), check("kolme vihreää omenaa puussa"));
        assertEquals(Optional.empty(), check("x7#Lq9!vB2@mZp4$"));
    }

    @Test
    void lengthIsTheRuleThatMatters() {
        assertEquals(Optional.of(Rule.TOO_SHORT), check("Lyhyt!2026"));
        assertEquals(Optional.of(Rule.TOO_SHORT), check("a".repeat(PasswordRules.MIN_LENGTH - 1)));
        assertEquals(Optional.of(Rule.TOO_LONG), check("sana ".repeat(60)));
    }

    @Test
    void commonPasswordsAndThoseBuiltOnThemAreRefused() {
        assertEquals(Optional.of(Rule.COMMON), check("passwordpassword"));
        assertEquals(Optional.of(Rule.COMMON), check("Salasana2026!!!!"));
        assertEquals(Optional.of(Rule.COMMON), check("KYMENLAAKSO123456"));
        assertEquals(Optional.of(Rule.COMMON), check("123456789012345"));
    }

    @Test
    void theUsernameAndRepetitionAreRefused() {
        assertEquals(Optional.of(Rule.CONTAINS_USERNAME), check("Aino.Virtanen-kotka-2026"));
        assertEquals(Optional.of(Rule.REPETITIVE), check("abababababababab"));
        assertEquals(Optional.of(Rule.REPETITIVE), check("aaaaaaaaaaaaaaaaaaaa"));
    }
}
