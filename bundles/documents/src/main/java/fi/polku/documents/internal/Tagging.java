package fi.polku.documents.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The document's logical structure (tagged PDF, PDF 1.7 § 14.8), so that a screen reader reads the
 * letter as headings, paragraphs and a table in order rather than as loose lines: every line shown
 * is marked content of the structure element it belongs to, and the parent tree maps each page's
 * marked content back to its element. The page numbers are artifacts, not content.
 */
final class Tagging {
    private final PDStructureElement document;
    private final Map<PDPage, List<PDStructureElement>> byPage = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();

    Tagging(PDDocument pdf, String language) {
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(marked);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true); // the title, not the file name, in the reader's window
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        document.setLanguage(language);
        root.appendKid(document);
    }

    /** A new element of {@code type} (P, H1, H2, Table, TR, TH, TD) under {@code parent}, or under the document. */
    PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement under = parent == null ? document : parent;
        PDStructureElement e = new PDStructureElement(type, under);
        under.appendKid(e);
        return e;
    }

    /** The properties that open a marked-content sequence of {@code element} on {@code page}. */
    PDPropertyList mark(PDStructureElement element, PDPage page) {
        List<PDStructureElement> marks = byPage.computeIfAbsent(page, p -> {
            p.setStructParents(pages.size());
            pages.add(p);
            return new ArrayList<>();
        });
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, marks.size());
        marks.add(element);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (element.getPage().equals(page)) {
            element.appendKid(PDMarkedContent.create(COSName.getPDFName(element.getStructureType()), properties));
        } else { // a paragraph that goes on to the next page names that page with its content
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(marks.size() - 1);
            element.appendKid(reference);
        }
        return PDPropertyList.create(properties);
    }

    /** Writes the parent tree once every page is laid out. */
    void finish() {
        Map<Integer, COSObjectable> numbers = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            COSArray elements = new COSArray();
            byPage.get(pages.get(i)).forEach(e -> elements.add(e.getCOSObject()));
            numbers.put(i, new PDParentTreeValue(elements));
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(numbers);
        PDStructureTreeRoot root = (PDStructureTreeRoot) document.getParent();
        root.setParentTree(tree);
        root.setParentTreeNextKey(pages.size());
    }
}
