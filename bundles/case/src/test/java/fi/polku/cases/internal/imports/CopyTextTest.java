package fi.polku.cases.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CopyTextTest {
    @Test
    void aValueCannotEndAColumnOrARowEarly() {
        StringBuilder sb = new StringBuilder();
        CopyText.row(sb, "a\tb", "c\nd\re", "back\\slash", null, 7, true);
        assertEquals("a\\tb\tc\\nd\\re\tback\\\\slash\t\\N\t7\ttrue\n", sb.toString());
    }
}
