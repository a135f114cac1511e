package fi.polku.cases.internal.imports;

import fi.polku.cases.internal.i18n.Message;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of job seekers as the national systems and spreadsheets write it: UTF-8 (with or
 * without a byte order mark) or, when the bytes are not UTF-8, Windows-1252 as Excel saves it in
 * Finland; {@code ;} or {@code ,} between the fields, whichever the header line uses; a header
 * line naming the columns ({@link Column}) in any order and case, with or without Finnish letters.
 * Parsed by Apache Commons CSV, so quoted fields with separators, quotes and line breaks are read
 * as spreadsheets write them.
 */
final class ImportFile {
    /** Why a file cannot be imported at all; said to the IT admin as a 400. */
    static final class Unreadable extends Exception {
        final Message message;
        final transient Object[] args;

        Unreadable(Message message, Object... args) {
            super(message.key(), null, false, false);
            this.message = message;
            this.args = args;
        }
    }

    /** A data row: its line in the file (the header is line 1) and its values by column; absent columns are null. */
    record Row(int line, Map<Column, String> values) {
        String get(Column c) {
            String v = values.get(c);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String text;
    private final char separator;
    private final Charset charset;
    private final Map<Column, Integer> positions;
    private final List<String> unknownColumns;

    private ImportFile(String text, char separator, Charset charset, Map<Column, Integer> positions, List<String> unknownColumns) {
        this.text = text;
        this.separator = separator;
        this.charset = charset;
        this.positions = positions;
        this.unknownColumns = unknownColumns;
    }

    /** Reads the header; a file without the required columns, or with no header at all, is unreadable. */
    static ImportFile of(byte[] bytes) throws Unreadable {
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            charset = WINDOWS_1252;
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        if (header.isBlank()) {
            throw new Unreadable(Message.IMPORT_FILE_EMPTY);
        }
        char separator = count(header, ';') >= count(header, ',') ? ';' : ',';
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(header), format(separator))) {
            List<CSVRecord> records = p.getRecords();
            if (records.isEmpty()) {
                throw new Unreadable(Message.IMPORT_FILE_EMPTY);
            }
            int i = 0;
            for (String name : records.get(0)) {
                Optional<Column> c = Column.named(normalise(name));
                if (c.isPresent() && !positions.containsKey(c.get())) {
                    positions.put(c.get(), i);
                } else if (!name.isBlank()) {
                    unknown.add(name.trim());
                }
                i++;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new Unreadable(Message.IMPORT_FILE_NOT_CSV);
        }
        List<String> missing = Column.REQUIRED.stream().filter(c -> !positions.containsKey(c)).map(Column::header).toList();
        if (!missing.isEmpty()) {
            throw new Unreadable(Message.IMPORT_FILE_COLUMNS_MISSING, String.join(", ", missing),
                    String.join(", ", Column.REQUIRED.stream().map(Column::header).toList()));
        }
        return new ImportFile(text, separator, charset, positions, unknown);
    }

    Charset charset() {
        return charset;
    }

    char separator() {
        return separator;
    }

    /** Columns of the header that Polku does not import (said in the job, so a misspelt name is noticed). */
    List<String> unknownColumns() {
        return unknownColumns;
    }

    /** Reads every data row after the first {@code skip}, in order; blank lines are not rows. */
    void rows(int skip, java.util.function.Predicate<Row> each) throws Unreadable {
        try (CSVParser p = CSVParser.parse(new StringReader(text), format(separator))) {
            int seen = -1; // the header is the first record
            int line = 1;
            int at = 0;
            for (CSVRecord r : p) {
                // The record's first line: the line breaks before its first character.
                for (long start = r.getCharacterPosition(); at < start; at++) {
                    if (text.charAt(at) == '\n') {
                        line++;
                    }
                }
                // The position is where the parser began looking, before the blank lines it skipped.
                while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
                    if (text.charAt(at++) == '\n') {
                        line++;
                    }
                }
                if (++seen == 0 || seen <= skip) {
                    continue;
                }
                Map<Column, String> values = new EnumMap<>(Column.class);
                positions.forEach((c, i) -> values.put(c, i < r.size() ? r.get(i) : null));
                if (!each.test(new Row(line, values))) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV says where: an unclosed quote, for one.
            throw new Unreadable(Message.IMPORT_FILE_NOT_CSV);
        }
    }

    /** The count of data rows. */
    int count() throws Unreadable {
        int[] n = {0};
        rows(0, r -> {
            n[0]++;
            return true;
        });
        return n[0];
    }

    private static CSVFormat format(char separator) {
        // Not trimmed by the parser: trimming would also drop a NUL at a value's end, which the checks must see.
        return CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** A header as the columns are named: lower case, ä ö å as a o a, spaces and hyphens as underscores. */
    static String normalise(String name) {
        String plain = Normalizer.normalize(name.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[\\s-]+", "_");
    }
}
