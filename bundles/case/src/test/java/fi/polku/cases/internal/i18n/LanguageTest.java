package fi.polku.cases.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class LanguageTest {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "fi | FI",
        "sv | SV",
        "en | EN",
        "FI | FI",
        "fi-FI | FI",
        "sv-FI,sv;q=0.9,en;q=0.5 | SV",
        "en-GB,en;q=0.9,fi;q=0.8 | EN",
        "de-DE,de;q=0.9,sv;q=0.7,fi;q=0.6 | SV",
        "en;q=0.5,fi;q=0.9 | FI",
        "en;q=0.5, sv ;q=0.5 | EN",
        "fi;q=0,sv;q=0.1 | SV",
        "fi;q=0 | EN",
        "de | EN",
        "* | EN",
        "fi;q=x,sv;q=0.2 | SV",
        "fi;q=2,sv;q=0.2 | SV",
        "'  ' | EN",
        "finnish,fil,svenska | EN",
    })
    void choosesTheFirstAcceptedOfFinnishSwedishAndEnglish(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void englishWhenTheHeaderIsMissing(String header) {
        assertEquals(Language.EN, Language.fromAcceptLanguage(header));
    }
}
