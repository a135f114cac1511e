package fi.polku.letters.internal;

import fi.polku.api.persistence.PersistenceUnit;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the e-mail of the outbox every few seconds: claims the letters due with
 * {@code FOR UPDATE SKIP LOCKED} (two senders, on one node or two, never take the same letter),
 * sends each in its own SMTP conversation and marks it sent; a failure waits longer each time
 * (from {@code firstRetrySeconds}, doubled each time, at most an hour) and is marked failed after the configured attempts. A
 * letter the server accepted just before a crash may be sent again after the restart (at least
 * once, never lost). The log names letters by id only.
 */
@Component(service = MailSender.class, configurationPid = "fi.polku.letters.mail", immediate = true)
@Designate(ocd = MailSettings.class)
public final class MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    private static final String S = LettersDatabase.S;
    private final PersistenceUnit unit;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "polku-mail-sender"));
    private volatile MailSettings settings;

    @Activate
    public MailSender(@Reference LettersDatabase database, MailSettings settings) {
        this.unit = database.unit();
        this.settings = settings;
        timer.scheduleWithFixedDelay(this::sendDue, 1, Math.max(1, settings.pollSeconds()), TimeUnit.SECONDS);
    }

    @Modified
    void modified(MailSettings changed) {
        this.settings = changed;
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    boolean configured() {
        return !settings.host().isBlank();
    }

    /** One round: every letter due, a batch of 20 at a time. */
    void sendDue() {
        MailSettings s = settings;
        if (s.host().isBlank()) {
            return; // not configured: the letters wait, nothing is lost
        }
        try {
            while (round(s) == 20) {
                // more are due
            }
        } catch (RuntimeException e) {
            LOG.warn("The mail round stopped: {}", e.toString());
        }
    }

    private int round(MailSettings s) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> due = em.createNativeQuery("SELECT id, email, subject, body, pdf, file_name, attempts FROM " + S + ".letter "
                    + "WHERE channel = 'email' AND state = 'queued' AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT 20 "
                    + "FOR UPDATE SKIP LOCKED").getResultList();
            for (Object[] r : due) {
                UUID id = (UUID) r[0];
                int attempts = ((Number) r[6]).intValue() + 1;
                try {
                    String message = MimeLetter.compose(s.fromName(), s.fromAddress(), (String) r[1], (String) r[2], (String) r[3], (byte[]) r[4],
                            (String) r[5], ZonedDateTime.now(), s.localName());
                    SmtpMail.send(s, (String) r[1], message);
                    em.createNativeQuery("UPDATE " + S + ".letter SET state = 'sent', attempts = ?2, done_at = ?3, last_error = NULL WHERE id = ?1")
                            .setParameter(1, id).setParameter(2, attempts).setParameter(3, Timestamp.from(Instant.now())).executeUpdate();
                } catch (java.io.IOException | RuntimeException e) {
                    boolean last = attempts >= s.maxAttempts();
                    Duration pause = Duration.ofSeconds(Math.min(3600, (long) s.firstRetrySeconds() << Math.min(12, attempts - 1)));
                    // A server's refusal may echo the address; neither the log nor the table keeps it.
                    String why = String.valueOf(e.getMessage()).replaceAll("[^\\s<>\"]+@[^\\s<>\"]+", "(address)");
                    em.createNativeQuery("UPDATE " + S + ".letter SET state = ?2, attempts = ?3, next_attempt_at = ?4, last_error = ?5 WHERE id = ?1")
                            .setParameter(1, id).setParameter(2, last ? "failed" : "queued").setParameter(3, attempts)
                            .setParameter(4, Timestamp.from(Instant.now().plus(pause))).setParameter(5, why.length() > 500 ? why.substring(0, 500) : why)
                            .executeUpdate();
                    LOG.warn("Letter {} not sent (attempt {}{}): {}", id, attempts, last ? ", given up" : "", why);
                }
            }
            return due.size();
        });
    }
}
