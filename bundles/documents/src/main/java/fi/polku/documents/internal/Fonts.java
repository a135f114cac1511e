package fi.polku.documents.internal;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A document's two faces, and what they can print. */
record Fonts(PDType0Font regular, PDType0Font bold) {

    /** {@code text} as the font can print it: control characters go, a character without a glyph becomes "?". */
    static String printable(PDType0Font font, String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                if (cp == '\t') {
                    b.append(' ');
                }
                return;
            }
            b.appendCodePoint(has(font, cp) ? cp : '?');
        });
        return b.toString();
    }

    /** PDFBox refuses to encode a character the embedded font has no glyph for. */
    private static boolean has(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
