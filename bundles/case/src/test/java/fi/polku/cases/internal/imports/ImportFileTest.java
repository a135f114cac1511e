package fi.polku.cases.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.cases.internal.i18n.Message;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportFileTest {
    private static final String HEADER = "Henkilötunnus;Etunimet;Sukunimi;Kotikunta;Asiointikieli;Lähiosoite;Lisätieto\r\n";

    @Test
    void readsUtf8WithAByteOrderMarkAndSemicolons() throws Exception {
        byte[] bytes = ("\uFEFF" + HEADER + "010190-990M;Äijä;Öhman;285;fi;Kotkankatu 1;x\r\n").getBytes(StandardCharsets.UTF_8);
        ImportFile f = ImportFile.of(bytes);
        assertEquals(StandardCharsets.UTF_8, f.charset());
        assertEquals(';', f.separator());
        assertEquals(List.of("Lisätieto"), f.unknownColumns());
        List<ImportFile.Row> rows = rows(f, 0);
        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("Äijä", rows.get(0).get(Column.FIRST_NAMES));
        assertEquals("Kotkankatu 1", rows.get(0).get(Column.STREET_ADDRESS));
    }

    @Test
    void readsWindows1252AsSpreadsheetsSaveItAndCommas() throws Exception {
        String text = HEADER.replace(';', ',') + "010190-990M,Väinö,Hämäläinen,285,fi,\"Katu 1, B 2\",\r\n";
        ImportFile f = ImportFile.of(text.getBytes(Charset.forName("windows-1252")));
        assertEquals("windows-1252", f.charset().name());
        assertEquals(',', f.separator());
        ImportFile.Row row = rows(f, 0).get(0);
        assertEquals("Väinö", row.get(Column.FIRST_NAMES));
        assertEquals("Hämäläinen", row.get(Column.LAST_NAME));
        assertEquals("Katu 1, B 2", row.get(Column.STREET_ADDRESS), "a quoted field keeps its separator");
    }

    @Test
    void countsLinesAsAnEditorShowsThemAndSkipsRowsAlreadyDone() throws Exception {
        String text = HEADER + "a;b;c;285;fi;\"two\nlines\";\r\n\r\n" + "d;e;f;285;fi;;\r\n" + "g;h;i;285;fi;;\r\n";
        ImportFile f = ImportFile.of(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, f.count(), "a blank line is not a row");
        List<ImportFile.Row> all = rows(f, 0);
        assertEquals(List.of(2, 5, 6), all.stream().map(ImportFile.Row::line).toList(), "a field over two lines and a blank line counted");
        assertEquals(List.of(6), rows(f, 2).stream().map(ImportFile.Row::line).toList(), "resumes after the rows done");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsNamingThem() {
        ImportFile.Unreadable e = assertThrows(ImportFile.Unreadable.class,
                () -> ImportFile.of("henkilotunnus;sukunimi\n010190-990M;X\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Message.IMPORT_FILE_COLUMNS_MISSING, e.message);
        assertEquals("etunimet, kotikunta, asiointikieli", e.args[0]);
        assertEquals(Message.IMPORT_FILE_EMPTY, assertThrows(ImportFile.Unreadable.class, () -> ImportFile.of(new byte[0])).message);
    }

    @Test
    void refusesAQuoteLeftOpen() throws Exception {
        ImportFile f = ImportFile.of((HEADER + "a;\"b;c;285;fi;;\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(Message.IMPORT_FILE_NOT_CSV, assertThrows(ImportFile.Unreadable.class, f::count).message);
    }

    @Test
    void datesAsIsoOrAsFinnsWriteThem() {
        assertEquals("2025-03-01", ImportRow.date("1.3.2025").toString());
        assertEquals("2025-03-01", ImportRow.date("2025-03-01").toString());
        assertEquals(null, ImportRow.date("31.2.2025"));
        assertEquals(null, ImportRow.date("maaliskuu"));
    }

    private static List<ImportFile.Row> rows(ImportFile f, int skip) throws ImportFile.Unreadable {
        List<ImportFile.Row> rows = new ArrayList<>();
        f.rows(skip, r -> rows.add(r));
        return rows;
    }
}
