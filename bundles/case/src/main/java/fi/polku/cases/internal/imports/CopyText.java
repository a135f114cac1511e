package fi.polku.cases.internal.imports;

/**
 * Rows in PostgreSQL's COPY text format: tab between columns, {@code \N} for null, and a
 * backslash, tab, line feed or carriage return within a value escaped, so that no value a file
 * brought can end a column or a row early.
 */
final class CopyText {
    private CopyText() {}

    static void row(StringBuilder sb, Object... values) {
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                sb.append('\t');
            }
            if (values[k] == null) {
                sb.append("\\N");
                continue;
            }
            String v = values[k].toString();
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
        }
        sb.append('\n');
    }
}
