package fi.polku.cases.internal.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.cases.internal.customer.SearchTerms.Alternative;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void lastNameFirstWithACommaIsReadOneWay() {
        assertEquals(List.of(new Alternative("Virtanen", "Aino", false)), SearchTerms.names("Virtanen, Aino").alternatives());
        assertEquals(List.of(new Alternative("Virtanen", null, false)), SearchTerms.names(" Virtanen , ").alternatives());
    }

    @Test
    void twoWordsAreReadInBothOrders() {
        assertEquals(List.of(new Alternative("Aino", "Virtanen", false), new Alternative("Virtanen", "Aino", false)),
                SearchTerms.names("Aino  Virtanen").alternatives());
    }

    @Test
    void threeWordsAreSplitAtEveryPlaceInBothOrders() {
        List<Alternative> a = SearchTerms.names("Anna Maria Virtanen").alternatives();
        assertEquals(4, a.size());
        assertTrue(a.contains(new Alternative("Virtanen", "Anna Maria", false)), a.toString());
        assertTrue(a.contains(new Alternative("Anna", "Maria Virtanen", false)), a.toString());
    }

    @Test
    void oneWordIsEitherName() {
        assertEquals(List.of(new Alternative("Aino", null, true)), SearchTerms.names("Aino").alternatives());
    }

    @Test
    void aBirthDateIsWrittenTheFinnishWayOrAsTheCodesSixDigits() {
        assertEquals(Optional.of(List.of(LocalDate.of(1990, 3, 15))), SearchTerms.birthDates("15.3.1990"));
        assertEquals(Optional.of(List.of(LocalDate.of(1990, 3, 15))), SearchTerms.birthDates("150390"), "not born in 2090");
        assertEquals(Optional.of(List.of(LocalDate.of(1905, 1, 1), LocalDate.of(2005, 1, 1))), SearchTerms.birthDates("010105"));
        // 29 February 2000 was a leap day, 29 February 1900 was not.
        assertEquals(Optional.of(List.of(LocalDate.of(2000, 2, 29))), SearchTerms.birthDates("290200"));
        assertEquals(Optional.empty(), SearchTerms.birthDates("31.2.1990"));
        assertEquals(Optional.empty(), SearchTerms.birthDates("Virtanen"));
    }

    @Test
    void aBirthDateMeansEveryCenturySignOfItsCentury() {
        assertEquals(List.of("150390-", "150390Y", "150390X", "150390W", "150390V", "150390U"),
                SearchTerms.identityCodePrefixes(LocalDate.of(1990, 3, 15)));
        assertEquals(List.of("010105A", "010105B", "010105C", "010105D", "010105E", "010105F"),
                SearchTerms.identityCodePrefixes(LocalDate.of(2005, 1, 1)));
    }
}
