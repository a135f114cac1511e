package fi.polku.documents.internal;

import fi.polku.api.document.Document;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Writes lines down A4 pages, starting a new page when one is full; wraps text at word boundaries. */
final class Layout {
    static final float MARGIN = 56; // about 2 cm
    static final float SMALL = 8;
    private static final float BODY = 10;
    private static final float HEADING = 11.5f;
    private static final float TITLE = 15;
    private static final float LEADING = 1.35f;
    /** The facts' labels take this share of the line; their values the rest. */
    private static final float LABEL_SHARE = 0.38f;

    private final PDDocument pdf;
    private final Fonts fonts;
    private final Tagging tags;
    private PDPage page;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream out;
    private float y;

    Layout(PDDocument pdf, Fonts fonts, Tagging tags) throws IOException {
        this.pdf = pdf;
        this.fonts = fonts;
        this.tags = tags;
        newPage();
    }

    /** An address block: one paragraph of lines. */
    void lines(List<String> lines, boolean bold) {
        if (lines.isEmpty()) {
            return;
        }
        PDStructureElement block = tags.element(StandardStructureTypes.P, null);
        for (String line : lines) {
            write(bold ? fonts.bold() : fonts.regular(), BODY, MARGIN, width, line, block);
        }
    }

    void gap() {
        y -= BODY * 0.8f;
    }

    void title(String text) {
        write(fonts.bold(), TITLE, MARGIN, width, text, tags.element(StandardStructureTypes.H1, null));
        y -= TITLE * 0.4f;
    }

    void heading(String text) {
        y -= HEADING * 0.9f;
        ensure(HEADING * LEADING * 3); // never a heading alone at the foot of a page
        write(fonts.bold(), HEADING, MARGIN, width, text, tags.element(StandardStructureTypes.H2, null));
        y -= BODY * 0.2f;
    }

    void paragraph(String text) {
        PDStructureElement p = tags.element(StandardStructureTypes.P, null);
        for (String part : text.split("\n", -1)) {
            write(fonts.regular(), BODY, MARGIN, width, part, p);
        }
        y -= BODY * 0.5f;
    }

    /** Label and value side by side, each wrapped in its own column: a table of two columns to a screen reader. */
    void facts(List<Document.Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        float labelWidth = width * LABEL_SHARE;
        PDStructureElement table = tags.element(StandardStructureTypes.TABLE, null);
        for (Document.Fact f : facts) {
            PDStructureElement row = tags.element(StandardStructureTypes.TR, table);
            PDStructureElement th = tags.element(StandardStructureTypes.TH, row);
            PDStructureElement td = tags.element(StandardStructureTypes.TD, row);
            List<String> label = wrap(fonts.bold(), BODY, labelWidth - 8, f.label());
            List<String> value = wrap(fonts.regular(), BODY, width - labelWidth, f.value());
            int rows = Math.max(label.size(), value.size());
            ensure(Math.min(rows, 3) * BODY * LEADING);
            for (int i = 0; i < rows; i++) {
                ensure(BODY * LEADING);
                y -= BODY * LEADING;
                if (i < label.size()) {
                    show(fonts.bold(), BODY, MARGIN, label.get(i), th);
                }
                if (i < value.size()) {
                    show(fonts.regular(), BODY, MARGIN + labelWidth, value.get(i), td);
                }
            }
            y -= BODY * 0.3f;
        }
    }

    void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void write(PDType0Font font, float size, float x, float columnWidth, String text, PDStructureElement element) {
        for (String line : wrap(font, size, columnWidth, text)) {
            ensure(size * LEADING);
            y -= size * LEADING;
            show(font, size, x, line, element);
        }
    }

    private void show(PDType0Font font, float size, float x, String line, PDStructureElement element) {
        try {
            out.beginMarkedContent(COSName.getPDFName(element.getStructureType()), tags.mark(element, page));
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(line);
            out.endText();
            out.endMarkedContent();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text's lines within {@code columnWidth}; an empty text is one empty line, a word too long for a line is cut. */
    static List<String> wrap(PDType0Font font, float size, float columnWidth, String text) {
        String printable = Fonts.printable(font, text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= columnWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(font, size, word) > columnWidth) {
                int cut = word.length() - 1;
                while (cut > 1 && width(font, size, word.substring(0, cut)) > columnWidth) {
                    cut--;
                }
                if (Character.isLowSurrogate(word.charAt(cut))) {
                    cut--; // never half a character
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDType0Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A new page unless {@code height} still fits above the bottom margin. */
    private void ensure(float height) {
        if (y - height < MARGIN) {
            close();
            try {
                newPage();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private void newPage() throws IOException {
        page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }
}
