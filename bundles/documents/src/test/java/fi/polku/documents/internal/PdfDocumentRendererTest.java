package fi.polku.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.document.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentRendererTest {
    private final PdfDocumentRenderer renderer = new PdfDocumentRenderer();

    @Test
    void writesEveryTextOnNumberedPagesWithItsLanguageAndTitle() throws Exception {
        Document.SectionBuilder doc = Document.builder("sv", "Beslut om stöd för frivilliga studier")
                .sender("Södra Kymmenedalens sysselsättningsområde", "Kotka stad")
                .recipient("Åsa Nguyễn-Šimková", "Kyrkogatan 1", "48100 Kotka")
                .fact("Beslutsdatum", "2.12.2026")
                .section("Beslut").paragraph("Studierna stöds med arbetslöshetsförmån.");
        for (int i = 0; i < 120; i++) {
            doc.paragraph("Stycke " + i + ": motiveringen är lång, och texten bryts vid ordgränser så att inget ord klipps mitt itu.");
        }
        byte[] bytes = renderer.pdf(doc.section("Anvisning om begäran om omprövning").fact("Tid", "30 dagar")
                .closing("Handläggare Maija Meikäläinen").build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(pdf.getNumberOfPages() >= 3, "a long decision goes on to more pages: " + pdf.getNumberOfPages());
            assertTrue(text.contains("Åsa Nguyễn-Šimková"), "the name as written, whatever its letters");
            assertTrue(text.contains("Stycke 119: motiveringen"));
            assertTrue(text.contains("Handläggare Maija Meikäläinen"));
            assertTrue(text.contains("1 / " + pdf.getNumberOfPages()));
            assertEquals("sv", pdf.getDocumentCatalog().getLanguage());
            assertEquals("Beslut om stöd för frivilliga studier", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMarkAndControlCharactersGo() throws Exception {
        byte[] bytes = renderer.pdf(Document.builder("fi", "Päätös").recipient("王 Virtanen\u0000\u0007").build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("? Virtanen"));
        }
    }

    @Test
    void aWordLongerThanTheLineIsCut() throws Exception {
        String word = "x".repeat(400);
        byte[] bytes = renderer.pdf(Document.builder("en", "Letter").section("Long").paragraph(word).build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(word, new PDFTextStripper().getText(pdf).replaceAll("[^x]", "").substring(0, 400));
        }
    }
}
