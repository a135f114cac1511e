package fi.polku.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link Table} as an Office Open XML workbook (.xlsx) with fastexcel, streaming: the
 * headings bold and frozen above the rows, numbers as numbers (so a spreadsheet sums them), every
 * other cell as text. Nothing is ever written as a formula, so a cell that starts with "=" stays text.
 */
final class Spreadsheet {
    private Spreadsheet() {}

    static void write(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Polku", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
        List<String> headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (v != null) {
                    sheet.value(r, c, v.toString());
                }
            }
            if (r % 1_000 == 0) {
                sheet.flush(); // rows go out as they are made, not held for the whole file
            }
            r++;
        }
        workbook.finish();
    }

    /** A worksheet's name: at most 31 characters, none of : \ / ? * [ ] as Excel requires. */
    static String sheetName(String title) {
        String name = title == null || title.isBlank() ? "Polku" : title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31).strip() : name;
    }
}
