package fi.polku.cases.internal.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlArraysTest {
    @Test
    void theLiteralQuotesEveryValue() {
        assertEquals("{\"a \\\"b\\\"\",\"c\\\\d\"}", SqlArrays.literal(List.of("a \"b\"", "c\\d")));
    }

    @Test
    void anEmptyTextIsNoValues() {
        assertEquals(List.of(), SqlArrays.split("", ","));
        assertEquals(List.of("fi", "sv"), SqlArrays.split("fi,sv", ","));
    }
}
