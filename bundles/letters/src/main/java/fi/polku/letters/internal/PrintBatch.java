package fi.polku.letters.internal;

import fi.polku.api.persistence.PersistenceUnit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The postal letters waiting, printed as one PDF (each letter starting on a page of its own, in the
 * order they were written) and marked printed in the same transaction: a batch is taken once, even
 * by two people printing at the same moment ({@code FOR UPDATE SKIP LOCKED}).
 */
@Component(service = PrintBatch.class)
public final class PrintBatch {
    private static final String S = LettersDatabase.S;
    private final PersistenceUnit unit;

    /** The batch: its id, how many letters, the PDF. */
    public record Batch(UUID id, int letters, byte[] pdf) {}

    @Activate
    public PrintBatch(@Reference LettersDatabase database) {
        this.unit = database.unit();
    }

    /** The next batch of at most {@code max} letters, or empty when none waits. */
    Optional<Batch> take(int max) {
        UUID batch = UUID.randomUUID();
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, pdf FROM " + S + ".letter WHERE channel = 'post' AND state = 'queued' "
                    + "ORDER BY created_at LIMIT ?1 FOR UPDATE SKIP LOCKED").setParameter(1, max).getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            try (PDDocument merged = new PDDocument()) {
                PDFMergerUtility merger = new PDFMergerUtility();
                for (Object[] r : rows) {
                    try (PDDocument letter = Loader.loadPDF((byte[]) r[1])) {
                        merger.appendDocument(merged, letter);
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                merged.save(out);
                em.createNativeQuery("UPDATE " + S + ".letter SET state = 'printed', batch_id = ?1, done_at = ?2 WHERE id = ANY(?3)")
                        .setParameter(1, batch).setParameter(2, Timestamp.from(Instant.now()))
                        .setParameter(3, rows.stream().map(r -> (UUID) r[0]).toArray(UUID[]::new)).executeUpdate();
                return Optional.of(new Batch(batch, rows.size(), out.toByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
