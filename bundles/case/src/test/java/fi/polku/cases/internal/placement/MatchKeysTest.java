package fi.polku.cases.internal.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchKeysTest {
    @Test
    void eachOccupationsMinorGroupAtEachWantedPlaceOnce() {
        assertEquals(List.of("933:285", "933:075", "834:285", "834:075"),
                JobSearchProfiles.matchKeys(List.of("9333", "93341", "8344"), List.of("285", "075")));
    }

    @Test
    void noPlaceIsAnywhere() {
        assertEquals(List.of("512:*"), JobSearchProfiles.matchKeys(List.of("5120"), List.of()));
    }

    @Test
    void theLiteralQuotesEveryValue() {
        assertEquals("{\"a \\\"b\\\"\",\"c\\\\d\"}", Columns.literal(List.of("a \"b\"", "c\\d")));
    }
}
