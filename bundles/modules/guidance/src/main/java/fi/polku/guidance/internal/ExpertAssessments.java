package fi.polku.guidance.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.installation.Installation;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Expert assessments bought from outside experts and paid from an appropriation of their own, per
 * year: an order commits its price, a cancellation frees it, invoices are paid against the order.
 * Every order takes the year's appropriation row with {@code FOR UPDATE} first, so orders made at
 * the same moment are counted one after another and the appropriation is never overdrawn.
 */
@Component(service = ExpertAssessments.class)
public final class ExpertAssessments {
    static final String TYPE = "expert-assessment";
    static final List<String> KINDS = List.of("skills", "work-ability", "suitability");

    public record Amount(Long amountCents) {}

    public record NewOrder(String referralId, String kind, String provider, Long priceCents, String question) {}

    public record NewInvoice(String invoiceNumber, Long amountCents, String receivedOn) {}

    public record Report(String summary) {}

    /** An appropriation and its use: committed by orders not cancelled, invoiced, and what is left to commit. */
    public record Balance(int year, long amountCents, long committedCents, long invoicedCents, long remainingCents) {}

    public record OrderView(UUID id, UUID referralId, int year, String kind, String provider, long priceCents, String question,
            LocalDate orderedOn, String state, LocalDate deliveredOn, String reportSummary, long invoicedCents) {}

    private final KnownReferrals known;
    private final PersistenceUnit unit;
    private final ModuleReferrals referrals;
    private final Staffing staffing;
    private final GuidanceRules rules;
    private final Messages messages;

    /** A demo installation's appropriation for the current year, so that orders can be shown at once: 20,000 euros. */
    private static final long DEMO_APPROPRIATION_CENTS = 2_000_000L;

    @Activate
    public ExpertAssessments(@Reference KnownReferrals known, @Reference ModuleReferrals referrals, @Reference Staffing staffing,
            @Reference GuidanceRules rules, @Reference Messages messages, @Reference Installation installation) {
        this.known = known;
        this.unit = known.unit();
        this.referrals = referrals;
        this.staffing = staffing;
        this.rules = rules;
        this.messages = messages;
        if (installation.isDemo()) {
            unit.run(em -> em.createNativeQuery("INSERT INTO guidance.appropriation (year, amount_cents, set_by, set_at) VALUES (?1, ?2, 'demo', ?3) "
                    + "ON CONFLICT (year) DO NOTHING").setParameter(1, FinnishCalendar.today().getYear()).setParameter(2, DEMO_APPROPRIATION_CENTS)
                    .setParameter(3, Timestamp.from(Instant.now())).executeUpdate());
        }
    }

    Balance setAppropriation(int year, Amount in, PolkuUser lead) {
        if (in == null || in.amountCents() == null || in.amountCents() < 0) {
            throw Problem.invalid().field("amountCents", messages.texts("appropriation.amount")).build();
        }
        return unit.inTransaction(em -> {
            em.createNativeQuery("INSERT INTO guidance.appropriation (year, amount_cents, set_by, set_at) VALUES (?1, ?2, ?3, ?4) "
                    + "ON CONFLICT (year) DO NOTHING").setParameter(1, year).setParameter(2, in.amountCents()).setParameter(3, lead.username())
                    .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
            lock(em, year);
            Balance now = balance(em, year);
            if (in.amountCents() < now.committedCents()) {
                throw Problem.of(409, "below-committed", messages.texts("appropriation.below-committed", euros(now.committedCents())));
            }
            em.createNativeQuery("UPDATE guidance.appropriation SET amount_cents = ?2, set_by = ?3, set_at = ?4 WHERE year = ?1")
                    .setParameter(1, year).setParameter(2, in.amountCents()).setParameter(3, lead.username())
                    .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
            return balance(em, year);
        });
    }

    Balance balance(int year) {
        return unit.inTransaction(em -> balance(em, year));
    }

    /** Orders an assessment for this year's appropriation; 409 when the price does not fit in what is left. */
    OrderView order(NewOrder in, PolkuUser by) {
        LocalDate today = FinnishCalendar.today();
        GuidanceRules.Conditions law = rules.on(today).orElseThrow(() -> Problem.of(409, "no-rules", messages.texts("rule.none", today)));
        FieldCheck check = new FieldCheck(messages);
        UUID referral = check.id("referralId", in.referralId());
        // What may be assessed is the law's, in the version in force today (the table's check names every kind Polku knows).
        String kind = check.oneOf("kind", in.kind(), law.kinds().stream().filter(KINDS::contains).toList());
        String provider = check.oneOf("provider", in.provider(), staffing.experts().stream().map(Staffing.Expert::account).toList());
        String question = check.text("question", in.question(), 2000, true);
        if (in.priceCents() == null || in.priceCents() <= 0) {
            check.fail("priceCents", "order.price");
        }
        check.done();
        int year = today.getYear();
        UUID id = UUID.randomUUID();
        String state = unit.inTransaction(em -> {
            KnownReferrals.Known k = known.open(em, referral, TYPE);
            if (!lock(em, year)) {
                throw Problem.of(409, "no-appropriation", messages.texts("appropriation.none", year));
            }
            Balance b = balance(em, year);
            if (in.priceCents() > b.remainingCents()) {
                throw Problem.of(409, "would-overdraw", messages.texts("order.would-overdraw", euros(in.priceCents()), euros(b.remainingCents()), year));
            }
            em.createNativeQuery("INSERT INTO guidance.expert_order (id, referral_id, year, kind, provider, price_cents, question, ordered_on, "
                    + "state, recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'ordered', ?9, ?10)").setParameter(1, id)
                    .setParameter(2, referral).setParameter(3, year).setParameter(4, kind).setParameter(5, provider).setParameter(6, in.priceCents())
                    .setParameter(7, question).setParameter(8, today).setParameter(9, by.username()).setParameter(10, Timestamp.from(Instant.now()))
                    .executeUpdate();
            return k.state();
        });
        if (state.equals("referred")) {
            Moves.quietly(referrals, referral, "accepted", null, by);
        }
        return new OrderView(id, referral, year, kind, provider, in.priceCents(), question, today, "ordered", null, null, 0);
    }

    /** Cancels an order not yet delivered: its price is free again. */
    OrderView cancel(String orderId) {
        UUID id = id(orderId);
        unit.run(em -> {
            Object[] o = orderRow(em, id);
            lock(em, Columns.integer(o[1]));
            if (!"ordered".equals(o[0])) {
                throw Problem.of(409, "order-not-open", messages.texts("order.not-open", messages.texts("order-state." + o[0])));
            }
            em.createNativeQuery("UPDATE guidance.expert_order SET state = 'cancelled' WHERE id = ?1").setParameter(1, id).executeUpdate();
        });
        return orders(List.of(), id).get(0);
    }

    /** The provider reports the assessment delivered (its own orders only). */
    OrderView deliver(String orderId, Report in, String provider) {
        UUID id = id(orderId);
        FieldCheck check = new FieldCheck(messages);
        String summary = check.text("summary", in == null ? null : in.summary(), 4000, true);
        check.done();
        unit.run(em -> {
            Object[] o = orderRow(em, id);
            if (!provider.equals(o[2])) {
                throw Problem.of(404, "no-order", messages.texts("order.none"));
            }
            if (!"ordered".equals(o[0])) {
                throw Problem.of(409, "order-not-open", messages.texts("order.not-open", messages.texts("order-state." + o[0])));
            }
            em.createNativeQuery("UPDATE guidance.expert_order SET state = 'delivered', delivered_on = ?2, report_summary = ?3 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, FinnishCalendar.today()).setParameter(3, summary).executeUpdate();
        });
        return orders(List.of(), id).get(0);
    }

    /** An invoice against an order, never above what the order still allows. */
    OrderView invoice(String orderId, NewInvoice in, PolkuUser by) {
        UUID id = id(orderId);
        FieldCheck check = new FieldCheck(messages);
        String number = check.text("invoiceNumber", in == null ? null : in.invoiceNumber(), 40, true);
        LocalDate received = check.pastDay("receivedOn", in == null ? null : in.receivedOn());
        if (in == null || in.amountCents() == null || in.amountCents() <= 0) {
            check.fail("amountCents", "invoice.amount");
        }
        check.done();
        unit.run(em -> {
            Object[] o = orderRow(em, id);
            if ("cancelled".equals(o[0])) {
                throw Problem.of(409, "order-not-open", messages.texts("order.not-open", messages.texts("order-state.cancelled")));
            }
            long invoiced = ((Number) em.createNativeQuery("SELECT coalesce(sum(amount_cents), 0) FROM guidance.invoice WHERE order_id = ?1")
                    .setParameter(1, id).getSingleResult()).longValue();
            long price = ((Number) o[3]).longValue();
            if (invoiced + in.amountCents() > price) {
                throw Problem.of(409, "above-price", messages.texts("invoice.above-price", euros(in.amountCents()), euros(price - invoiced)));
            }
            Number same = (Number) em.createNativeQuery("SELECT count(*) FROM guidance.invoice WHERE order_id = ?1 AND invoice_number = ?2")
                    .setParameter(1, id).setParameter(2, number).getSingleResult();
            if (same.intValue() > 0) {
                throw Problem.of(409, "invoice-recorded", messages.texts("invoice.recorded-already", number));
            }
            em.createNativeQuery("INSERT INTO guidance.invoice (id, order_id, invoice_number, amount_cents, received_on, recorded_by, recorded_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, UUID.randomUUID()).setParameter(2, id).setParameter(3, number)
                    .setParameter(4, in.amountCents()).setParameter(5, received).setParameter(6, by.username())
                    .setParameter(7, Timestamp.from(Instant.now())).executeUpdate();
        });
        return orders(List.of(), id).get(0);
    }

    /** The orders on the referrals named, or the one order {@code only}. */
    List<OrderView> orders(Collection<UUID> referralIds, UUID only) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(SELECT + (only != null ? "WHERE o.id = ?1 " : "WHERE o.referral_id = ANY(?1) ")
                    + "GROUP BY o.id ORDER BY o.ordered_on DESC, o.recorded_at DESC")
                    .setParameter(1, only != null ? only : referralIds.toArray(new UUID[0])).getResultList();
            return rows.stream().map(ExpertAssessments::view).toList();
        });
    }

    /** A provider's own open and delivered orders, the newest first, one page with the total. */
    fi.polku.api.rest.ListPage<OrderView> ofProvider(String provider, fi.polku.api.rest.ListPage.Request page) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(SELECT + "WHERE o.provider = ?1 AND o.state <> 'cancelled' "
                    + "GROUP BY o.id ORDER BY o.ordered_on DESC, o.recorded_at DESC, o.id LIMIT " + page.limit() + " OFFSET " + page.offset())
                    .setParameter(1, provider).getResultList();
            List<OrderView> items = rows.stream().map(ExpertAssessments::view).toList();
            long total = page.totalIfLast(items.size());
            if (total < 0) {
                total = ((Number) em.createNativeQuery("SELECT count(*) FROM guidance.expert_order o WHERE o.provider = ?1 "
                        + "AND o.state <> 'cancelled'").setParameter(1, provider).getSingleResult()).longValue();
            }
            return page.answer(total, items);
        });
    }

    private static final String SELECT = "SELECT o.id, o.referral_id, o.year, o.kind, o.provider, o.price_cents, o.question, o.ordered_on, "
            + "o.state, o.delivered_on, o.report_summary, coalesce(sum(i.amount_cents), 0) FROM guidance.expert_order o "
            + "LEFT JOIN guidance.invoice i ON i.order_id = o.id ";

    private static OrderView view(Object[] r) {
        return new OrderView((UUID) r[0], (UUID) r[1], Columns.integer(r[2]), (String) r[3], (String) r[4], ((Number) r[5]).longValue(),
                (String) r[6], Columns.day(r[7]), (String) r[8], Columns.day(r[9]), (String) r[10], ((Number) r[11]).longValue());
    }

    /** Takes the year's appropriation row; false when there is none. */
    private static boolean lock(EntityManager em, int year) {
        return !em.createNativeQuery("SELECT year FROM guidance.appropriation WHERE year = ?1 FOR UPDATE").setParameter(1, year)
                .getResultList().isEmpty();
    }

    private static Balance balance(EntityManager em, int year) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT a.amount_cents, "
                + "coalesce((SELECT sum(price_cents) FROM guidance.expert_order WHERE year = a.year AND state <> 'cancelled'), 0), "
                + "coalesce((SELECT sum(i.amount_cents) FROM guidance.invoice i JOIN guidance.expert_order o ON o.id = i.order_id "
                + "WHERE o.year = a.year), 0) FROM guidance.appropriation a WHERE a.year = ?1").setParameter(1, year)
                .getResultStream().findFirst().orElse(null);
        if (r == null) {
            return new Balance(year, 0, 0, 0, 0);
        }
        long amount = ((Number) r[0]).longValue();
        long committed = ((Number) r[1]).longValue();
        return new Balance(year, amount, committed, ((Number) r[2]).longValue(), amount - committed);
    }

    private Object[] orderRow(EntityManager em, UUID id) {
        Object[] o = (Object[]) em.createNativeQuery("SELECT state, year, provider, price_cents FROM guidance.expert_order WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultStream().findFirst().orElse(null);
        if (o == null) {
            throw Problem.of(404, "no-order", messages.texts("order.none"));
        }
        return o;
    }

    private UUID id(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-order", messages.texts("order.none"));
        }
    }

    /** 123456 → "1234,56 €", as the catalogues write sums in every language. */
    static String euros(long cents) {
        return String.format(java.util.Locale.ROOT, "%d,%02d €", cents / 100, Math.abs(cents % 100));
    }
}
