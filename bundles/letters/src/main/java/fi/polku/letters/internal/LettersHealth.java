package fi.polku.letters.internal;

import fi.polku.api.health.Health;
import fi.polku.api.health.HealthIndicator;
import fi.polku.api.persistence.PersistenceUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The outbox in health: how many letters wait, by channel, and how many e-mails were given up;
 * counts only, never whom they are for.
 */
@Component(service = HealthIndicator.class)
public final class LettersHealth implements HealthIndicator {
    private final PersistenceUnit unit;
    private final MailSender sender;

    @Activate
    public LettersHealth(@Reference LettersDatabase database, @Reference MailSender sender) {
        this.unit = database.unit();
        this.sender = sender;
    }

    @Override
    public String name() {
        return "letters";
    }

    @Override
    public Health check() {
        Object[] counts = unit.inTransaction(em -> (Object[]) em.createNativeQuery("SELECT "
                + "count(*) FILTER (WHERE state = 'queued' AND channel = 'email'), count(*) FILTER (WHERE state = 'queued' AND channel = 'post'), "
                + "count(*) FILTER (WHERE state = 'failed') FROM " + LettersDatabase.S + ".letter").getSingleResult());
        long email = ((Number) counts[0]).longValue();
        long post = ((Number) counts[1]).longValue();
        long failed = ((Number) counts[2]).longValue();
        String detail = email + " e-mails and " + post + " postal letters waiting, " + failed + " failed"
                + (sender.configured() ? "" : "; no SMTP server configured (fi.polku.letters.mail), e-mail waits");
        return Health.up(detail); // a letter that failed is for staff to see, not a reason to take the node out of service
    }

}
