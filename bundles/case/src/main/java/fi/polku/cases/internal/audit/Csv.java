package fi.polku.cases.internal.audit;

/** A CSV field as spreadsheets read it safely: quoted, quotes doubled, a formula's first character defused. */
public final class Csv {
    private Csv() {}

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
