package fi.polku.cases.internal.appointment;

import fi.polku.api.i18n.Messages;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.organisation.ServicePoint;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.cases.internal.CaseDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A worker's meetings as an iCalendar feed for their calendar program, which fetches it without
 * a session: the secret token in the address is the credential (kept only as its hash, replaced
 * or revoked by the worker). Calendar programs copy what they read to other services, so the feed
 * carries no personal data: the purpose, the place and the time, never the customer.
 */
@Component(service = CalendarFeeds.class)
public final class CalendarFeeds {
    private static final String S = CaseDatabase.SCHEMA;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final PersistenceUnit unit;
    private final Messages messages;
    private final Organisation organisation;

    @Activate
    public CalendarFeeds(@Reference CaseDatabase database, @Reference Messages messages, @Reference Organisation organisation) {
        this.unit = database.unit();
        this.messages = messages;
        this.organisation = organisation;
    }

    /** A new token for the worker's feed in {@code language}; an earlier token stops working. */
    String renew(String worker, String language) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        unit.inTransaction(em -> em.createNativeQuery("INSERT INTO " + S + ".calendar_feed (worker, token_hash, language, created_at) "
                + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (worker) DO UPDATE SET token_hash = EXCLUDED.token_hash, language = EXCLUDED.language, "
                + "created_at = EXCLUDED.created_at").setParameter(1, worker).setParameter(2, hash(token)).setParameter(3, language)
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate());
        return token;
    }

    void revoke(String worker) {
        unit.inTransaction(em -> em.createNativeQuery("DELETE FROM " + S + ".calendar_feed WHERE worker = ?1").setParameter(1, worker).executeUpdate());
    }

    boolean exists(String worker) {
        return unit.inTransaction(em -> !em.createNativeQuery("SELECT 1 FROM " + S + ".calendar_feed WHERE worker = ?1").setParameter(1, worker)
                .getResultList().isEmpty());
    }

    /** The feed the token opens: 30 days back, 180 ahead; empty when the token is unknown. */
    Optional<String> feed(String token) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> owner = em.createNativeQuery("SELECT worker, language FROM " + S + ".calendar_feed WHERE token_hash = ?1")
                    .setParameter(1, hash(token)).getResultList();
            if (owner.isEmpty()) {
                return Optional.empty();
            }
            String worker = (String) owner.get(0)[0];
            String language = (String) owner.get(0)[1];
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, version, booked_at, starts_at, ends_at, purpose, channel, service_point, room, state "
                    + "FROM " + S + ".appointment WHERE worker = ?1 AND starts_at >= ?2 AND starts_at < ?3 AND state IN ('booked', 'cancelled') "
                    + "ORDER BY starts_at").setParameter(1, worker)
                    .setParameter(2, Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(30))))
                    .setParameter(3, Timestamp.from(Instant.now().plus(java.time.Duration.ofDays(180)))).getResultList();
            ICalendar ics = new ICalendar(messages.text(language, "appointment.feed-name"));
            for (Object[] r : rows) {
                String channel = (String) r[6];
                String location = channel.equals("in-person") ? place(language, (String) r[7], (String) r[8])
                        : messages.text(language, "console.appointment.channel." + channel);
                ics.event(r[0] + "@polku", Columns.integer(r[1]), Columns.instant(r[2]), Columns.instant(r[3]), Columns.instant(r[4]),
                        messages.text(language, "console.appointment.purpose." + r[5]), location, "cancelled".equals(r[9]));
            }
            return Optional.of(ics.end());
        });
    }

    private String place(String language, String servicePoint, String room) {
        String name = organisation.servicePoints().stream().filter(p -> p.id().equals(servicePoint)).findFirst().map(ServicePoint::names)
                .map(n -> n.get(language)).orElse(servicePoint);
        return room == null ? name : name + ", " + messages.text(language, "console.appointment.room", room);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
