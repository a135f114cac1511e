package fi.polku.cases.internal.audit;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.ListPage;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.identity.IdentityCode;
import fi.polku.cases.identity.InvalidIdentityCodeException;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditResource.Event;
import fi.polku.cases.internal.audit.AuditResource.Filter;
import fi.polku.cases.internal.i18n.FieldMessages;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.lists.Paging;
import fi.polku.cases.internal.process.Refusals;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit log searched as an IT admin answers a data-subject request ("who has seen my data"):
 * by the person's identity code or name, by action, actor and days; a page at a time or as a CSV
 * file. Every search is itself on record, and a search by identity code on the person's own.
 */
@Component(service = AuditEvents.class)
public final class AuditEvents {
    /** The most rows a CSV export holds: narrow the search for more. */
    static final int CSV_ROWS = 50_000;
    private static final java.util.regex.Pattern ACTION = java.util.regex.Pattern.compile("[a-z0-9.-]{1,60}");

    private final PersistenceUnit unit;

    @Activate
    public AuditEvents(@Reference CaseDatabase database) {
        this.unit = database.unit();
    }

    ListPage<Event> search(Filter f, Paging paging, PolkuUser admin, boolean export) {
        FieldMessages problems = new FieldMessages();
        LocalDate from = day(problems, "from", f.from);
        LocalDate to = day(problems, "to", f.to);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("to", Message.AUDIT_TO_BEFORE_FROM);
        }
        List<String> actions = blank(f.action) ? List.of()
                : Arrays.stream(f.action.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
        if (actions.stream().anyMatch(a -> !ACTION.matcher(a).matches())) {
            problems.add("action", Message.AUDIT_ACTION_FORM);
        }
        IdentityCode code = null;
        if (!blank(f.identityCode)) {
            try {
                code = IdentityCode.parse(f.identityCode.trim());
            } catch (InvalidIdentityCodeException e) {
                problems.add("identityCode", Message.AUDIT_IDENTITY_CODE);
            }
        }
        if (!blank(f.name) && f.name.trim().length() < 2) {
            problems.add("name", Message.SEARCH_TOO_SHORT);
        }
        if (!problems.isEmpty()) {
            throw Refusals.invalid(problems);
        }
        IdentityCode person = code;
        return unit.inTransaction(em -> {
            StringBuilder where = new StringBuilder("1 = 1");
            Map<String, Object> p = new LinkedHashMap<>();
            UUID subject = null;
            if (person != null) {
                subject = em.createQuery("select c.id from Customer c where c.identityCode = :code", UUID.class)
                        .setParameter("code", person.value()).getResultStream().findFirst().orElse(null);
                // Looking a person up in the log is an access to their data: on their record (the code itself is not kept).
                AuditTrail.record(em, admin, subject, "audit.search-by-identity-code", subject == null ? "no customer found" : null);
                if (subject == null) {
                    return paging.page(0, List.<Event>of());
                }
                where.append(" and e.customerId = :subject");
                p.put("subject", subject);
            }
            if (!blank(f.name)) {
                String[] parts = f.name.trim().split("\\s*,\\s*|\\s+", 2);
                where.append(" and lower(c.lastName) like :last");
                p.put("last", like(parts[0]));
                if (parts.length > 1 && !parts[1].isBlank()) {
                    where.append(" and lower(c.firstName) like :first");
                    p.put("first", like(parts[1]));
                }
            }
            if (!actions.isEmpty()) {
                where.append(" and e.action in :actions");
                p.put("actions", actions);
            }
            if (!blank(f.actor)) {
                where.append(" and e.actor = :actor");
                p.put("actor", f.actor.trim());
            }
            if (from != null) {
                where.append(" and e.at >= :from");
                p.put("from", from.atStartOfDay(FinnishCalendar.ZONE).toInstant());
            }
            if (to != null) {
                where.append(" and e.at < :to");
                p.put("to", to.plusDays(1).atStartOfDay(FinnishCalendar.ZONE).toInstant());
            }
            TypedQuery<Object[]> q = em.createQuery("select e.at, e.actor, e.actorRoles, e.customerId, c.lastName, c.firstName, e.action, "
                    + "e.detail from AuditEvent e left join Customer c on c.id = e.customerId where " + where
                    + " order by e.at desc, e.id desc", Object[].class);
            p.forEach(q::setParameter);
            List<Event> events = q.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList().stream()
                    .map(r -> new Event((Instant) r[0], (String) r[1], (String) r[2], (UUID) r[3],
                            r[4] == null ? null : r[4] + ", " + r[5], (String) r[6], (String) r[7])).toList();
            long total = events.size() < paging.limit() && (paging.offset() == 0 || !events.isEmpty())
                    ? paging.offset() + events.size() : count(em, where.toString(), p);
            AuditTrail.record(em, admin, null, AuditTrail.AUDIT_READ, (export ? "audit export, " : "audit search, ")
                    + events.size() + " of " + total + " events");
            // The events name the people they are about: each is on their own record, like any list that shows people.
            AuditTrail.recordShown(em, admin, events.stream().map(Event::customerId).filter(java.util.Objects::nonNull).toList(),
                    AuditTrail.AUDIT_READ, export ? "in an audit export" : "in the results of an audit search");
            return paging.page(total, events);
        });
    }

    private static long count(EntityManager em, String where, Map<String, Object> p) {
        TypedQuery<Long> q = em.createQuery("select count(e) from AuditEvent e left join Customer c on c.id = e.customerId where "
                + where, Long.class);
        p.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Events as CSV: a header row, then one row per event; fields quoted, formulas defused. */
    static String csv(List<Event> events) {
        StringBuilder out = new StringBuilder("\uFEFFtime;actor;roles;customer id;customer;action;detail\r\n");
        for (Event e : events) {
            out.append(String.join(";", Csv.field(e.at().toString()), Csv.field(e.actor()), Csv.field(e.actorRoles()),
                    Csv.field(e.customerId() == null ? "" : e.customerId().toString()), Csv.field(e.customerName()),
                    Csv.field(e.action()), Csv.field(e.detail()))).append("\r\n");
        }
        return out.toString();
    }

    private static LocalDate day(FieldMessages problems, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(field, Message.NOT_A_DATE, value.trim());
            return null;
        }
    }

    private static String like(String s) {
        return s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
