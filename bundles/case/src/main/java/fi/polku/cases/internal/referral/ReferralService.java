package fi.polku.cases.internal.referral;

import fi.polku.api.rest.ListPage;
import fi.polku.cases.internal.lists.Paging;
import fi.polku.cases.internal.lists.Sorting;

import fi.polku.cases.internal.process.Refusals;
import fi.polku.api.i18n.Texts;
import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleRouting;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.identity.IdentityCode;
import fi.polku.cases.internal.modules.ModuleRoutingService;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.Customer;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.InputCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Referrals: a caseworker refers a customer to the service a municipality offers; the module's
 * partner accepts or declines, starts, completes or interrupts it. A partner sees only its own
 * modules' referrals, and of the customer only what the referral needs: name, language, the
 * contact the customer prefers, and the purpose; never the identity code or other services.
 */
@Component(service = ReferralService.class)
public final class ReferralService {
    private static final Set<String> ACTIONS = Set.of("accepted", "declined", "started", "completed", "interrupted");

    /** What the caseworker sees. */
    public record ReferralView(UUID id, String serviceType, String moduleId, String purpose, String state, String note,
            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
        static ReferralView of(Referral r) {
            return new ReferralView(r.id(), r.serviceType(), r.moduleId(), r.purpose(), r.state(), r.note(), r.createdAt(), r.createdBy(),
                    r.updatedAt(), r.updatedBy());
        }
    }

    /** What a partner sees: the referral and the least of the customer that serving it needs. */
    public record PartnerView(UUID id, String serviceType, String moduleId, String purpose, String state, String note,
            String firstName, String lastName, String language, String contactChannel, String contact, Instant createdAt) {}

    private final PersistenceUnit unit;
    private final ModuleRoutingService routing;
    private final List<ConfiguredPartner> partners = new CopyOnWriteArrayList<>();

    @Activate
    public ReferralService(@Reference CaseDatabase database, @Reference ModuleRoutingService routing) {
        this.unit = database.unit();
        this.routing = routing;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPartner(ConfiguredPartner p) {
        partners.add(p);
    }

    void removePartner(ConfiguredPartner p) {
        partners.remove(p);
    }

    public ReferralView refer(UUID customerId, String serviceType, String purpose, PolkuUser by) {
        return refer(customerId, serviceType, purpose, false, by);
    }

    /** {@code again}: the caseworker confirmed a second open referral to the same service. */
    public ReferralView refer(UUID customerId, String serviceType, String purpose, boolean again, PolkuUser by) {
        InputCheck check = new InputCheck();
        check.required("serviceType", serviceType, Integer.MAX_VALUE, Message.SERVICE_TYPE_REQUIRED);
        check.required("purpose", purpose, 1000, Message.PURPOSE_REQUIRED);
        check.done();
        // The module is asked outside any transaction: a slow module holds no connection and no lock.
        Customer c = unit.inTransaction(em -> em.find(Customer.class, customerId));
        if (c == null) {
            throw Refusals.notFound(Message.CUSTOMER_NOT_FOUND, customerId);
        }
        ModuleRouting.Route route = routing.route(c.municipalityCode(), serviceType.trim());
        if (route.status() != ModuleRouting.Status.AVAILABLE) {
            throw Refusals.conflict(route.status() == ModuleRouting.Status.NOT_INSTALLED ? Message.SERVICE_NOT_AVAILABLE_NOW
                    : Message.SERVICE_NOT_OFFERED, serviceType.trim(), c.municipalityCode());
        }
        Eligibility eligibility;
        try {
            eligibility = routing.eligibility(route.moduleId().orElseThrow(), subject(c));
        } catch (ModuleRoutingService.ModuleUnavailableException e) {
            throw Refusals.conflict(Message.MODULE_FAILED, serviceType.trim(), e.getMessage());
        }
        if (!eligibility.eligible()) {
            Map<String, String> reason = eligibility.reason();
            throw Refusals.conflict(Message.NOT_ELIGIBLE, (Message.PerLanguage) language -> Texts.in(reason, language.tag()));
        }
        return unit.inTransaction(em -> {
            // One customer's referrals one at a time, so that a double click is seen as the second referral it is.
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "referral:" + customerId).getSingleResult();
            long open = em.createQuery("select count(r) from Referral r where r.customerId = :c and r.serviceType = :t "
                    + "and r.state in ('referred', 'accepted', 'started')", Long.class)
                    .setParameter("c", customerId).setParameter("t", serviceType.trim()).getSingleResult();
            if (open > 0 && !again) {
                throw Refusals.conflict(Message.REFERRAL_ALREADY_OPEN, serviceType.trim());
            }
            Referral r = new Referral(customerId, c.municipalityCode(), serviceType.trim(), route.moduleId().orElseThrow(), purpose.trim(), by.username());
            em.persist(r);
            em.flush(); // the outbox row refers to the referral
            ReferralEvents.record(em, r);
            AuditTrail.record(em, by, customerId, "referral.create", "referral " + r.id() + " to " + r.moduleId());
            return ReferralView.of(r);
        });
    }

    /** What a module may know before a referral: age, home municipality, language, the search's start. */
    private ReferralSubject subject(Customer c) {
        return subject(c, FinnishCalendar.today());
    }

    /** The subject with the customer's age on the day given. */
    private ReferralSubject subject(Customer c, LocalDate on) {
        return subject(c, on, null);
    }

    private ReferralSubject subject(Customer c, LocalDate on, String personKey) {
        int age = Period.between(IdentityCode.parse(c.identityCode()).birthDate(), on).getYears();
        Object[] open = unit.inTransaction(em -> em.createQuery(
                "select p.startDate, p.integrationPlan from JobSearchPeriod p where p.customerId = :c and p.endDate is null", Object[].class)
                .setParameter("c", c.id()).getResultStream().findFirst().orElse(null));
        return ReferralSubject.builder().age(age).municipalityCode(c.municipalityCode()).language(c.language())
                .jobSearchStart(open == null ? null : (LocalDate) open[0]).integrationPlan(open != null && (Boolean) open[1]).personKey(personKey)
                .build();
    }

    public List<ReferralView> forCustomer(UUID customerId, PolkuUser by) {
        return unit.inTransaction(em -> {
            List<ReferralView> list = em.createQuery("select r from Referral r where r.customerId = :c order by r.createdAt desc", Referral.class)
                    .setParameter("c", customerId).getResultList().stream().map(ReferralView::of).toList();
            AuditTrail.record(em, by, customerId, "referral.read", null);
            return list;
        });
    }

    /** The customer a referral was made for (a module's list leads the staff to the customer's page); audited on that customer. */
    public java.util.Optional<UUID> customerOf(UUID referralId, PolkuUser by) {
        return unit.inTransaction(em -> java.util.Optional.ofNullable(em.find(Referral.class, referralId)).map(r -> {
            AuditTrail.record(em, by, r.customerId(), "referral.lookup", "referral " + referralId);
            return r.customerId();
        }));
    }

    private static final Map<String, String> PARTNER_COLUMNS = Map.of("referred", "r.createdAt", "name", "c.lastName, c.firstName",
            "state", "r.state, r.createdAt");

    /**
     * The partner's referrals, one page with the total, newest first unless {@code sort} says
     * otherwise ({@code referred}, {@code name}, {@code state}; {@code -} reverses), of one state
     * when asked; each customer shown is recorded in their audit trail.
     */
    public ListPage<PartnerView> forPartner(PolkuUser partner, String state, String sort, Paging paging) {
        if (state != null && !Referral.NEXT.containsKey(state)) {
            throw Refusals.invalid("state", Message.NOT_ONE_OF, String.join(", ", new java.util.TreeSet<>(Referral.NEXT.keySet())), state);
        }
        List<String> modules = modulesOf(partner);
        if (modules.isEmpty()) {
            return paging.page(0, List.of());
        }
        String where = "r.moduleId in :m" + (state == null ? "" : " and r.state = :s");
        String order = Sorting.orderBy(sort, PARTNER_COLUMNS, "-referred", "r.id");
        return unit.inTransaction(em -> {
            var q = em.createQuery("select r, c.firstName, c.lastName, c.language, c.preferredChannel, c.phone, c.email "
                    + "from Referral r join Customer c on c.id = r.customerId where " + where + " order by " + order, Object[].class)
                    .setParameter("m", modules);
            var count = em.createQuery("select count(r) from Referral r where " + where, Long.class).setParameter("m", modules);
            if (state != null) {
                q.setParameter("s", state);
                count.setParameter("s", state);
            }
            List<Object[]> rows = q.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList();
            long total = count.getSingleResult();
            return paging.page(total, rows.stream().map(x -> {
                Referral r = (Referral) x[0];
                AuditTrail.record(em, partner, r.customerId(), "partner.referral-read", "referral " + r.id());
                String channel = (String) x[4];
                String contact = "phone".equals(channel) ? (String) x[5] : "email".equals(channel) ? (String) x[6] : null;
                return new PartnerView(r.id(), r.serviceType(), r.moduleId(), r.purpose(), r.state(), r.note(), (String) x[1], (String) x[2],
                        (String) x[3], channel, contact, r.createdAt());
            }).toList());
        });
    }

    /** A partner moves its referral on: accepted, declined (with a reason), started, completed (with the outcome), interrupted. */
    public ReferralView move(UUID referralId, String next, String note, PolkuUser partner) {
        return move(referralId, next, note, modulesOf(partner), partner);
    }

    /**
     * Moves a referral to one of {@code modules} on: for a partner, the modules of its account;
     * for a module's bundle, the modules it registers (its provider decided, through the module).
     */
    public ReferralView move(UUID referralId, String next, String note, java.util.Collection<String> modules, PolkuUser by) {
        if (!ACTIONS.contains(next)) {
            throw Refusals.notFound(Message.NO_SUCH_REFERRAL_ACTION);
        }
        InputCheck check = new InputCheck();
        if (Referral.NEEDS_NOTE.contains(next)) {
            check.required("note", note, 1000, "completed".equals(next) ? Message.NOTE_OUTCOME_REQUIRED : Message.NOTE_REASON_REQUIRED);
        } else {
            check.text("note", note, 1000);
        }
        check.done();
        return unit.inTransaction(em -> {
            Referral r = em.find(Referral.class, referralId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (r == null || !modules.contains(r.moduleId())) {
                // Another provider's referral does not exist as far as this partner knows.
                throw Refusals.notFound(Message.REFERRAL_NOT_YOURS, referralId);
            }
            String from = r.state();
            if (!r.moveTo(next, note == null ? null : note.trim(), by.username())) {
                throw Refusals.conflict(Message.REFERRAL_ILLEGAL_MOVE, from, next);
            }
            ReferralEvents.record(em, r);
            fi.polku.cases.internal.journal.Journal.referralMoved(em, r.customerId(), r.serviceType(), next, r.note(), by.username());
            AuditTrail.record(em, by, r.customerId(), "referral." + next, "referral " + r.id());
            return ReferralView.of(r);
        });
    }

    /** The subject of a referral to one of {@code modules}, age on the day {@code on}, read as {@code by}'s under {@code purpose}; empty when none. */
    public java.util.Optional<ReferralSubject> subjectOf(UUID referralId, LocalDate on, java.util.Collection<String> modules, String scope,
            PolkuUser by, String purpose) {
        java.util.Optional<Customer> customer = unit.inTransaction(em -> {
            Referral r = em.find(Referral.class, referralId);
            if (r == null || !modules.contains(r.moduleId())) {
                return java.util.Optional.<Customer>empty();
            }
            AuditTrail.record(em, by, r.customerId(), "module.referral-subject", "referral " + r.id() + ": " + purpose);
            return java.util.Optional.ofNullable(em.find(Customer.class, r.customerId()));
        });
        // The person's key in the asking bundle's scope: the same for every referral of the customer to its modules, and
        // different for another bundle, so that two modules cannot link their people through it.
        String key = java.util.UUID.nameUUIDFromBytes(("polku-person|" + scope + "|"
                + customer.map(c -> c.id().toString()).orElse("")).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return customer.map(c -> subject(c, on, key));
    }

    /** A referral to one of {@code modules} and the least of its customer a provider needs, read as {@code by}'s; empty when none. */
    public java.util.Optional<fi.polku.api.module.ReferralDetails> detailsOf(UUID referralId, java.util.Collection<String> modules, PolkuUser by,
            String purpose) {
        return unit.inTransaction(em -> {
            Referral r = em.find(Referral.class, referralId);
            if (r == null || !modules.contains(r.moduleId())) {
                return java.util.Optional.empty();
            }
            Customer c = em.find(Customer.class, r.customerId());
            AuditTrail.record(em, by, r.customerId(), "module.referral-read", "referral " + r.id() + ": " + purpose);
            String channel = c.preferredChannel();
            String contact = "phone".equals(channel) ? c.phone() : "email".equals(channel) ? c.email() : null;
            return java.util.Optional.of(fi.polku.api.module.ReferralDetails.builder().referralId(r.id()).moduleId(r.moduleId())
                    .state(r.state()).purpose(r.purpose()).name(c.firstName(), c.lastName()).language(c.language())
                    .contact(channel, contact).build());
        });
    }

    /**
     * The identity code of a referral's customer, for one of {@code modules} whose descriptor says
     * the area produces it itself; audited under {@code purpose}.
     */
    public java.util.Optional<String> identityCodeOf(UUID referralId, java.util.Collection<String> modules, PolkuUser by, String purpose) {
        return unit.inTransaction(em -> {
            Referral r = em.find(Referral.class, referralId);
            if (r == null || !modules.contains(r.moduleId())) {
                return java.util.Optional.empty();
            }
            if (routing.productionMode(r.moduleId()) != fi.polku.api.module.ProductionMode.OWN_PRODUCTION) {
                throw fi.polku.api.rest.Problem.of(403, Message.IDENTITY_OWN_PRODUCTION_ONLY.key(), Message.IDENTITY_OWN_PRODUCTION_ONLY.texts());
            }
            Customer c = em.find(Customer.class, r.customerId());
            AuditTrail.record(em, by, r.customerId(), "module.identity-read", "referral " + r.id() + ": " + purpose);
            return java.util.Optional.of(c.identityCode());
        });
    }

    private List<String> modulesOf(PolkuUser partner) {
        return partners.stream().filter(p -> p.username.equals(partner.username())).flatMap(p -> p.modules.stream()).toList();
    }
}
