package fi.polku.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.document.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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

    @Test
    void everyLineIsTaggedAsTheHeadingParagraphOrTableCellItBelongsToAndPageNumbersAreArtifacts() throws Exception {
        Document.SectionBuilder doc = Document.builder("fi", "Työllistymissuunnitelma")
                .recipient("Aino Virtanen", "Kirkkokatu 1", "48100 Kotka")
                .section("Tavoite").fact("Haettavat työpaikat", "4 kuukaudessa");
        for (int i = 0; i < 90; i++) {
            doc.paragraph("Kappale " + i + " jatkuu niin pitkään, että asiakirja jatkuu seuraavalle sivulle asti.");
        }
        byte[] bytes = renderer.pdf(doc.build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            PDStructureElement root = (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            assertEquals("Document", root.getStructureType());
            assertEquals("fi", root.getLanguage());
            java.util.Map<String, String> typeOfText = new java.util.HashMap<>();
            org.apache.pdfbox.pdmodel.common.PDNumberTreeNode parents = pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree();
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 2, "the plan goes on to a second page");
            StringBuilder untagged = new StringBuilder();
            for (int i = 0; i < pages; i++) {
                PDPage page = pdf.getPage(i);
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                org.apache.pdfbox.cos.COSArray elements = (org.apache.pdfbox.cos.COSArray) ((org.apache.pdfbox.pdmodel.common.COSObjectable)
                        parents.getValue(page.getStructParents())).getCOSObject();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    String text = content.getContents().stream().map(o -> o instanceof TextPosition t ? t.getUnicode() : "")
                            .reduce("", String::concat);
                    if (content.getMCID() < 0) {
                        untagged.append(text).append('|');
                        continue;
                    }
                    org.apache.pdfbox.cos.COSDictionary element = (org.apache.pdfbox.cos.COSDictionary) elements.getObject(content.getMCID());
                    typeOfText.put(text, element.getNameAsString(org.apache.pdfbox.cos.COSName.S));
                }
            }
            assertEquals("H1", typeOfText.get("Työllistymissuunnitelma"));
            assertEquals("H2", typeOfText.get("Tavoite"));
            assertEquals("P", typeOfText.get("Aino Virtanen"));
            assertEquals("TH", typeOfText.get("Haettavat työpaikat"));
            assertEquals("TD", typeOfText.get("4 kuukaudessa"));
            assertTrue(typeOfText.keySet().stream().anyMatch(t -> t.startsWith("Kappale 89")), "the last page's text is tagged too");
            assertEquals("P", typeOfText.entrySet().stream().filter(e -> e.getKey().startsWith("Kappale 89")).findFirst().orElseThrow().getValue());
            assertTrue(untagged.toString().contains("1 / " + pages), "the page numbers are artifacts: " + untagged);
        }
    }
}
