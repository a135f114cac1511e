package fi.polku.web.internal.limits;

/**
 * Characters no field of Polku takes: the C0 controls but tab, line feed and carriage return
 * (free text keeps its lines), DEL, and the C1 controls. PostgreSQL refuses NUL in text outright,
 * and the others only hide text from the person who reads it.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /** The index of the first refused character, or -1. */
    public static int find(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return i;
            }
        }
        return -1;
    }
}
