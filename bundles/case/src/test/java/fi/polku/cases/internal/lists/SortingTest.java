package fi.polku.cases.internal.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.api.rest.Problem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortingTest {
    private static final Map<String, String> COLUMNS = Map.of("due", "t.due", "customer", "c.lastName, c.firstName");

    @Test
    void aColumnOrdersByItsOwnExpressionsAndAMinusReverses() {
        assertEquals("t.due, t.id", Sorting.orderBy(null, COLUMNS, "due", "t.id"));
        assertEquals("c.lastName desc, c.firstName desc, t.id", Sorting.orderBy("-customer", COLUMNS, "due", "t.id"));
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        Problem p = assertThrows(Problem.class, () -> Sorting.orderBy("t.id; drop table task", COLUMNS, "due", "t.id"));
        assertEquals(400, p.status());
        assertEquals(java.util.Set.of("sort"), p.fields().keySet());
    }

    @Test
    void aPageNeverStartsBeforeTheFirstAndHoldsAtLeastOne() {
        assertEquals(new Paging(0, 100), Paging.of(null, null, 100, 500));
        assertEquals(new Paging(10, 500), Paging.of(10, 9999, 100, 500));
        assertEquals(400, assertThrows(Problem.class, () -> Paging.of(-1, 10, 100, 500)).status());
        assertEquals(400, assertThrows(Problem.class, () -> Paging.of(0, 0, 100, 500)).status());
    }
}
