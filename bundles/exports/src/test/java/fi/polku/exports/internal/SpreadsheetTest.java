package fi.polku.exports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {
    @Test
    void writesHeadingsTextNumbersAndNeverAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.write(new Table("Työlista: 3/2026", List.of("Asiakas", "Avoimia", "Huom"),
                List.of(Arrays.asList("Virtanen, Aino", 3, "=HYPERLINK(\"x\")"), Arrays.asList("Öhman, Åsa", 12.5, null))), out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("Työlista  3 2026", wb.getFirstSheet().getName());
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals("Asiakas", rows.get(0).getCellText(0));
            assertEquals("Virtanen, Aino", rows.get(1).getCellText(0));
            assertEquals(CellType.NUMBER, rows.get(1).getCell(1).getType());
            assertEquals(new BigDecimal("3"), rows.get(1).getCell(1).asNumber());
            assertEquals(CellType.STRING, rows.get(1).getCell(2).getType(), "a formula-like text stays text");
            assertEquals("=HYPERLINK(\"x\")", rows.get(1).getCellText(2));
            assertEquals("Öhman, Åsa", rows.get(2).getCellText(0));
            assertEquals(new BigDecimal("12.5"), rows.get(2).getCell(1).asNumber());
        }
    }

    @Test
    void sheetNamesAsExcelAllowsThem() {
        assertEquals("Polku", Spreadsheet.sheetName(" "));
        assertEquals("a b c", Spreadsheet.sheetName("a[b]c"));
        assertEquals(31, Spreadsheet.sheetName("x".repeat(40)).length());
    }
}
