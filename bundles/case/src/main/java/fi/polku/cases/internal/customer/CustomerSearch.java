package fi.polku.cases.internal.customer;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.identity.IdentityCode;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.lists.CountedPage;
import fi.polku.cases.internal.lists.Paging;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Finding the right person: by name in the orders people write names in, by birth date, by
 * identity code; each row with what tells two people of the same name apart (birth year, post
 * office, job search, unit, responsible worker). Every search and every person shown is recorded.
 */
@Component(service = CustomerSearch.class)
public final class CustomerSearch {
    private static final String S = CaseDatabase.SCHEMA;
    private static final String LAST = "lower(c.last_name) COLLATE \"C\"";
    private static final String FIRST = "lower(c.first_name) COLLATE \"C\"";
    /** How many recently opened customers a worker is offered, and how far back. */
    static final int RECENT = 10;

    /** A row of the results. {@code jobSearch}: open, ended or none; {@code unit}: of the open job search. */
    public record Row(UUID id, String lastName, String firstName, String identityCode, int birthYear, String postOffice,
            String municipalityCode, String jobSearch, String unit, String responsibleWorker) {}

    private final PersistenceUnit unit;

    @Activate
    public CustomerSearch(@Reference CaseDatabase database) {
        this.unit = database.unit();
    }

    /** Customers by a name query ({@link SearchTerms#names}), in name order, one page with the total. */
    public CountedPage<Row> byName(SearchTerms.Names names, Paging paging, PolkuUser by) {
        Map<String, Object> p = new LinkedHashMap<>();
        List<String> alternatives = new ArrayList<>();
        // Each alternative counted along its own index: a LIMIT without an order let the planner choose a sequential
        // scan, expecting matches spread over the table (45 ms for 'kor' among a million, where they are one range).
        List<String> ranges = new ArrayList<>();
        for (SearchTerms.Alternative a : names.alternatives()) {
            int i = alternatives.size();
            if (a.first() == null && a.either()) {
                // Two alternatives, each a range of its own index: as one OR the planner walked the whole name index.
                p.put("w" + i, like(a.last()));
                alternatives.add("(" + LAST + " LIKE :w" + i + ")");
                ranges.add(range("(" + LAST + " LIKE :w" + i + ")", LAST + ", " + FIRST));
                alternatives.add("(" + FIRST + " LIKE :w" + i + ")");
                ranges.add(range("(" + FIRST + " LIKE :w" + i + ")", FIRST + ", " + LAST));
            } else {
                p.put("l" + i, like(a.last()));
                String clause = LAST + " LIKE :l" + i;
                if (a.first() != null) {
                    p.put("f" + i, like(a.first()));
                    clause += " AND " + FIRST + " LIKE :f" + i;
                }
                alternatives.add("(" + clause + ")");
                ranges.add(range("(" + clause + ")", LAST + ", " + FIRST));
            }
        }
        return unit.inTransaction(em -> {
            CountedPage<Row> page = page(em, alternatives, p, paging, ranges);
            AuditTrail.record(em, by, null, "customer.search", "name '" + names.text() + "', " + found(page));
            AuditTrail.recordShown(em, by, page.items().stream().map(Row::id).toList(), "customer.search", "in the results of a name search");
            return page;
        });
    }

    /** Customers born on a day; the day itself is not written in the trail (it may be nobody's we serve). */
    public CountedPage<Row> byBirthDate(List<LocalDate> days, Paging paging, PolkuUser by) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("prefixes", days.stream().flatMap(d -> SearchTerms.identityCodePrefixes(d).stream()).toList());
        return unit.inTransaction(em -> {
            CountedPage<Row> page = page(em, List.of("substr(c.identity_code, 1, 7) IN (:prefixes)"), p, paging, null);
            AuditTrail.record(em, by, null, "customer.search", "birth date, " + found(page));
            AuditTrail.recordShown(em, by, page.items().stream().map(Row::id).toList(), "customer.search", "in the results of a birth date search");
            return page;
        });
    }

    /** The customer with an identity code, if any; the lookup is on record (the code itself is not kept). */
    public CountedPage<Row> byIdentityCode(IdentityCode code, Paging paging, PolkuUser by) {
        return unit.inTransaction(em -> {
            CountedPage<Row> page = page(em, List.of("c.identity_code = :code"), Map.of("code", code.value()), paging, null);
            UUID found = page.items().isEmpty() ? null : page.items().get(0).id();
            AuditTrail.record(em, by, found, "customer.search-by-identity-code", found == null ? "no customer found" : null);
            return page;
        });
    }

    /** The customers this worker opened lately, the latest first (from their own audit trail). */
    public List<Row> recent(PolkuUser by) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object> opened = em.createNativeQuery("SELECT customer_id FROM " + S + ".audit_event WHERE actor = :actor "
                    + "AND action = 'customer.read' AND at > now() - interval '30 days' ORDER BY at DESC LIMIT 200")
                    .setParameter("actor", by.username()).getResultList();
            List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(opened.stream().map(o -> (UUID) o).toList()));
            ids = ids.subList(0, Math.min(RECENT, ids.size()));
            if (ids.isEmpty()) {
                return List.of();
            }
            List<Row> rows = page(em, List.of("c.id IN (:ids)"), Map.of("ids", ids), new Paging(0, RECENT), null).items();
            List<UUID> order = ids;
            List<Row> sorted = rows.stream().sorted(java.util.Comparator.comparingInt(r -> order.indexOf(r.id()))).toList();
            AuditTrail.recordShown(em, by, ids, "customer.search", "in the list of customers opened lately");
            return sorted;
        });
    }

    // The page is chosen first and joined to its job search afterwards, so a common name costs one page of joins. With
    // several alternatives, each gives its own first rows in name order (one index range each) and the page is taken
    // from their union: an OR of them walked the whole name index in order, 2.3 s for "vir" among a million people.
    // `ranges`: the alternatives as index ranges to count (see byName), or null to count their OR.
    private static CountedPage<Row> page(EntityManager em, List<String> alternatives, Map<String, Object> p, Paging paging,
            List<String> ranges) {
        String chosen = alternatives.size() == 1
                ? "SELECT * FROM " + S + ".customer c WHERE " + alternatives.get(0) + " ORDER BY " + LAST + ", " + FIRST + ", c.id "
                        + "LIMIT :limit OFFSET :offset"
                : "SELECT * FROM " + S + ".customer c WHERE c.id IN (" + String.join(" UNION ", alternatives.stream()
                        .map(a -> "(SELECT c.id FROM " + S + ".customer c WHERE " + a + " ORDER BY " + LAST + ", " + FIRST + ", c.id LIMIT :end)")
                        .toList()) + ") ORDER BY " + LAST + ", " + FIRST + ", c.id LIMIT :limit OFFSET :offset";
        Query q = em.createNativeQuery("SELECT c.id, c.last_name, c.first_name, c.identity_code, c.post_office, c.municipality_code, "
                + "c.responsible_user, j.unit, j.end_date, j.id AS period FROM (" + chosen + ") c "
                + "LEFT JOIN LATERAL (SELECT p.id, p.unit, p.end_date FROM " + S + ".job_search_period p WHERE p.customer_id = c.id "
                + "ORDER BY (p.end_date IS NULL) DESC, p.start_date DESC LIMIT 1) j ON true "
                + "ORDER BY " + LAST + ", " + FIRST + ", c.id");
        p.forEach(q::setParameter);
        q.setParameter("limit", paging.limit()).setParameter("offset", paging.offset());
        if (alternatives.size() > 1) {
            q.setParameter("end", paging.offset() + paging.limit());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> raw = q.getResultList();
        List<Row> rows = raw.stream().map(CustomerSearch::row).toList();
        long counted = rows.size() < paging.limit() && (paging.offset() == 0 || !rows.isEmpty())
                ? paging.offset() + rows.size() : count(em, ranges != null ? String.join(" UNION ", ranges)
                        : "SELECT 1 FROM " + S + ".customer c WHERE " + String.join(" OR ", alternatives) + " LIMIT :most", p,
                        CountedPage.bound(paging) + 1);
        return CountedPage.of(paging, counted, rows);
    }

    private static String found(CountedPage<Row> page) {
        return (page.totalIsAtLeast() ? "more than " : "") + page.total() + " found";
    }

    /** An alternative's matches in the order of its index, at most {@code :most} of them. */
    private static String range(String where, String indexOrder) {
        return "(SELECT c.id FROM " + S + ".customer c WHERE " + where + " ORDER BY " + indexOrder + ", c.id LIMIT :most)";
    }

    /** How many {@code matching} rows there are, counted only so far: a common name's exact count grows with the register. */
    private static long count(EntityManager em, String matching, Map<String, Object> p, long most) {
        Query q = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM (" + matching + ") m LIMIT :most) x");
        p.forEach(q::setParameter);
        q.setParameter("most", most);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static Row row(Object[] r) {
        IdentityCode code = IdentityCode.parse((String) r[3]);
        String state = r[9] == null ? "none" : r[8] == null ? "open" : "ended";
        return new Row((UUID) r[0], (String) r[1], (String) r[2], code.masked(), code.birthDate().getYear(), (String) r[4],
                (String) r[5], state, "open".equals(state) ? (String) r[7] : null, (String) r[6]);
    }

    private static String like(String s) {
        return s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
