package fi.polku.letters.internal;

import fi.polku.api.letters.Delivery;
import fi.polku.api.letters.Letter;
import fi.polku.api.letters.Outbox;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.PolkuUser;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@link Outbox}: letters checked (no identity code anywhere in them) and kept in the database. */
@Component(service = {Outbox.class, StoredOutbox.class})
public final class StoredOutbox implements Outbox {
    private static final String S = LettersDatabase.S;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    private final PersistenceUnit unit;

    @Activate
    public StoredOutbox(@Reference LettersDatabase database) {
        this.unit = database.unit();
    }

    @Override
    public UUID send(Letter letter, PolkuUser by) {
        if (letter.channel().equals(Letter.EMAIL) && (letter.email() == null || !EMAIL.matcher(letter.email()).matches())) {
            throw new IllegalArgumentException("no valid e-mail address");
        }
        if (letter.channel().equals(Letter.POST) && letter.address().size() < 2) {
            throw new IllegalArgumentException("no postal address");
        }
        if (IdentityCodes.in(letter.subject()) || IdentityCodes.in(letter.body()) || IdentityCodes.in(pdfText(letter.pdf()))
                || letter.address().stream().anyMatch(IdentityCodes::in)) {
            throw new IllegalArgumentException("the letter carries an identity code");
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        unit.inTransaction(em -> em.createNativeQuery("INSERT INTO " + S + ".letter (id, customer_id, kind, language, channel, email, address, "
                + "subject, body, pdf, file_name, next_attempt_at, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                + "?12, ?13)").setParameter(1, id).setParameter(2, letter.customerId()).setParameter(3, letter.kind())
                .setParameter(4, letter.language()).setParameter(5, letter.channel()).setParameter(6, letter.email())
                .setParameter(7, letter.address().isEmpty() ? null : String.join("\n", letter.address())).setParameter(8, letter.subject())
                .setParameter(9, letter.body()).setParameter(10, letter.pdf()).setParameter(11, letter.fileName())
                .setParameter(12, Timestamp.from(now)).setParameter(13, by.username()).executeUpdate());
        return id;
    }

    @Override
    public Map<UUID, Delivery> deliveries(Collection<UUID> letterIds) {
        if (letterIds.isEmpty()) {
            return Map.of();
        }
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, channel, state, attempts, done_at FROM " + S + ".letter WHERE id = ANY(?1)")
                    .setParameter(1, letterIds.toArray(new UUID[0])).getResultList();
            Map<UUID, Delivery> out = new HashMap<>();
            rows.forEach(r -> out.put((UUID) r[0], new Delivery((UUID) r[0], (String) r[1], (String) r[2], Columns.integer(r[3]),
                    Columns.instant(r[4]))));
            return out;
        });
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        } catch (IOException e) {
            throw new IllegalArgumentException("the document is not a readable PDF");
        }
    }
}
