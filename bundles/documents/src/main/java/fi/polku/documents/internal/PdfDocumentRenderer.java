package fi.polku.documents.internal;

import fi.polku.api.document.Document;
import fi.polku.api.document.DocumentRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Objects;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.service.component.annotations.Component;

/**
 * Lays documents out with PDFBox: A4, DejaVu Sans embedded as a subset (every Latin, Greek and
 * Cyrillic name prints as written; a character the font lacks prints as a question mark, never
 * fails the document), the language and title in the metadata, pages numbered "n / m", tagged for
 * screen readers (see {@link Tagging}).
 */
@Component(service = DocumentRenderer.class)
public final class PdfDocumentRenderer implements DocumentRenderer {
    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    @Override
    public byte[] pdf(Document document) {
        Objects.requireNonNull(document, "document");
        try (PDDocument pdf = new PDDocument()) {
            Fonts fonts = new Fonts(PDType0Font.load(pdf, new java.io.ByteArrayInputStream(regular), true),
                    PDType0Font.load(pdf, new java.io.ByteArrayInputStream(bold), true));
            Tagging tags = new Tagging(pdf, document.language());
            Layout page = new Layout(pdf, fonts, tags);
            page.lines(document.sender(), false);
            page.gap();
            page.lines(document.recipient(), false);
            page.gap();
            page.gap();
            page.title(document.title());
            page.facts(document.facts());
            for (Document.Section s : document.sections()) {
                page.heading(s.heading());
                s.paragraphs().forEach(page::paragraph);
                page.facts(s.facts());
            }
            if (!document.closing().isEmpty()) {
                page.gap();
                document.closing().forEach(page::paragraph);
            }
            page.close();
            number(pdf, fonts);
            tags.finish();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title());
            info.setCreator("Polku");
            info.setCreationDate(Calendar.getInstance());
            pdf.getDocumentCatalog().setLanguage(document.language());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be laid out", e);
        }
    }

    /** "n / m" at the foot of every page, once the number of pages is known. */
    private static void number(PDDocument pdf, Fonts fonts) throws IOException {
        int count = pdf.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage p = pdf.getPage(i);
            String text = (i + 1) + " / " + count;
            try (PDPageContentStream c = new PDPageContentStream(pdf, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float width = fonts.regular().getStringWidth(text) / 1000 * Layout.SMALL;
                c.beginMarkedContent(COSName.ARTIFACT); // pagination, not content: a screen reader skips it
                c.beginText();
                c.setFont(fonts.regular(), Layout.SMALL);
                c.newLineAtOffset(p.getMediaBox().getWidth() - Layout.MARGIN - width, Layout.MARGIN / 2);
                c.showText(text);
                c.endText();
                c.endMarkedContent();
            }
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfDocumentRenderer.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The bundle lacks its font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
