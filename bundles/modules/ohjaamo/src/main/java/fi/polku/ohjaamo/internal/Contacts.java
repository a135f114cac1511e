package fi.polku.ohjaamo.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The referrals to the Ohjaamo instances and the contacts recorded on them, in the module's own
 * schema {@code ohjaamo}. The first contact on a referral takes the young person in: the core's
 * referral is accepted.
 */
@Component(service = Contacts.class)
public final class Contacts {
    static final Set<String> CHANNELS = Set.of("in-person", "phone", "online", "outreach");
    static final Set<String> OUTCOMES = Set.of("continues", "education", "work", "other-service", "no-contact", "ended");
    private static final Set<String> ACTIVE = Set.of("referred", "accepted", "started");

    /** What a worker sends. */
    public record NewContact(String referralId, String contactedOn, String channel, String outcome, String note) {}

    /** A referral to an Ohjaamo as the module knows it. */
    public record KnownReferral(UUID referralId, String moduleId, String state) {}

    private final PersistenceUnit unit;
    private final ModuleReferrals referrals;
    private final Messages messages;

    @Activate
    public Contacts(@Reference PersistenceUnits units, @Reference ModuleReferrals referrals, @Reference Messages messages) {
        this.unit = units.open(UnitDefinition.of("ohjaamo", ContactRecord.class));
        this.referrals = referrals;
        this.messages = messages;
    }

    @Deactivate
    void close() {
        unit.close();
    }

    public void referralChanged(ReferralEvent e) {
        unit.run(em -> em.createNativeQuery("INSERT INTO ohjaamo.referral (id, module_id, municipality_code, state, last_sequence, updated_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, last_sequence = EXCLUDED.last_sequence, "
                + "updated_at = EXCLUDED.updated_at WHERE ohjaamo.referral.last_sequence < EXCLUDED.last_sequence")
                .setParameter(1, e.referralId()).setParameter(2, e.moduleId()).setParameter(3, e.municipalityCode()).setParameter(4, e.state())
                .setParameter(5, e.sequence()).setParameter(6, Timestamp.from(e.at())).executeUpdate());
    }

    /**
     * Records a contact. {@code offices}: the Ohjaamo module ids the user may record for (a youth
     * worker's own office); null for the area's staff, who may record for any.
     */
    public ContactRecord record(NewContact in, PolkuUser by, Collection<String> offices) {
        Problem.Builder p = Problem.invalid();
        UUID referral = null;
        try {
            referral = UUID.fromString(in.referralId() == null ? "" : in.referralId().trim());
        } catch (IllegalArgumentException e) {
            p.field("referralId", messages.texts("not-an-id"));
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(in.contactedOn() == null ? "" : in.contactedOn().trim());
            if (day.isAfter(FinnishCalendar.today())) {
                p.field("contactedOn", messages.texts("contact.date"));
            }
        } catch (DateTimeParseException e) {
            p.field("contactedOn", messages.texts("contact.date"));
        }
        if (in.channel() == null || !CHANNELS.contains(in.channel())) {
            p.field("channel", messages.texts("contact.channel"));
        }
        if (in.outcome() == null || !OUTCOMES.contains(in.outcome())) {
            p.field("outcome", messages.texts("contact.outcome"));
        }
        if (in.note() == null || in.note().isBlank() || in.note().length() > 1000) {
            p.field("note", messages.texts("contact.note"));
        }
        if (p.hasFields()) {
            throw p.build();
        }
        UUID id = referral;
        LocalDate on = day;
        String state = unit.inTransaction(em -> {
            Object[] known = (Object[]) em.createNativeQuery("SELECT module_id, state FROM ohjaamo.referral WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, id).getResultStream().findFirst().orElse(null);
            if (known == null || (offices != null && !offices.contains((String) known[0]))) {
                throw Problem.of(404, "no-referral", messages.texts("no-referral"));
            }
            if (!ACTIVE.contains((String) known[1])) {
                throw Problem.of(409, "referral-not-active", messages.texts("referral-state", messages.texts("state." + known[1])));
            }
            em.persist(new ContactRecord(id, on, in.channel(), in.outcome(), in.note().trim(), by.username()));
            return (String) known[1];
        });
        if (state.equals("referred")) {
            // The first contact takes the young person in. A referral moved meanwhile stays as it is.
            referrals.details(id, by, "Ohjaamo contact").filter(d -> d.state().equals("referred"))
                    .ifPresent(d -> referrals.move(id, "accepted", null, by));
        }
        return unit.inTransaction(em -> em.createQuery("select c from ContactRecord c where c.referralId = :r order by c.recordedAt desc",
                ContactRecord.class).setParameter("r", id).setMaxResults(1).getSingleResult());
    }

    /** The contacts of the referrals named, newest first. */
    public List<ContactRecord> of(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return unit.inTransaction(em -> em.createQuery("select c from ContactRecord c where c.referralId in :r order by c.contactedOn desc, "
                + "c.recordedAt desc", ContactRecord.class).setParameter("r", ids).getResultList());
    }

    /** The open referrals to the offices named (a youth worker's own), newest first, one page with the total. */
    public fi.polku.api.rest.ListPage<KnownReferral> openReferrals(Collection<String> offices, fi.polku.api.rest.ListPage.Request page) {
        if (offices.isEmpty()) {
            return page.answer(0, List.of());
        }
        String where = " FROM ohjaamo.referral WHERE module_id = ANY(?1) AND state IN ('referred', 'accepted', 'started')";
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, module_id, state" + where + " ORDER BY updated_at DESC, id LIMIT "
                    + page.limit() + " OFFSET " + page.offset()).setParameter(1, offices.toArray(new String[0])).getResultList();
            List<KnownReferral> items = rows.stream().map(r -> new KnownReferral((UUID) r[0], (String) r[1], (String) r[2])).toList();
            long total = page.totalIfLast(items.size());
            if (total < 0) {
                total = ((Number) em.createNativeQuery("SELECT count(*)" + where).setParameter(1, offices.toArray(new String[0]))
                        .getSingleResult()).longValue();
            }
            return page.answer(total, items);
        });
    }
}
