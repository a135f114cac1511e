package fi.polku.trials.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The trials, in the module's own schema {@code trials}. A caseworker records the trial agreed on a
 * referral (the core's referral is then accepted); the organiser confirms the start, the
 * completion or an interruption (the referral moves on with it). A person's earlier trials are
 * found by the key the core gives this bundle, under a lock per person, so that two trials agreed
 * at once cannot together pass a limit that each passes alone.
 */
@Component(service = Trials.class)
public final class Trials {
    static final Set<String> ACTIVE_REFERRAL = Set.of("referred", "accepted", "started");

    private final PersistenceUnit unit;
    /**
     * The partner accounts that organise a trial: who sees the organisers' page (asked on every
     * page load, so kept here). Read on first use, not at activation: a constructor that waits for
     * the database would hold up the framework when the database is gone.
     */
    private volatile java.util.Set<String> organisers;
    private final TrialRules rules;
    private final ModuleReferrals referrals;
    private final Messages messages;

    @Activate
    public Trials(@Reference PersistenceUnits units, @Reference TrialRules rules, @Reference ModuleReferrals referrals,
            @Reference Messages messages) {
        this.unit = units.open(UnitDefinition.of("trials", Trial.class));
        this.rules = rules;
        this.referrals = referrals;
        this.messages = messages;
    }

    /** True when the account organises at least one trial. */
    public boolean isOrganiser(String account) {
        java.util.Set<String> known = organisers;
        if (known == null) {
            known = java.util.concurrent.ConcurrentHashMap.newKeySet();
            known.addAll(unit.inTransaction(em -> em.createQuery(
                    "select distinct t.organiserAccount from Trial t where t.organiserAccount is not null", String.class).getResultList()));
            organisers = known;
        }
        return known.contains(account);
    }

    @Deactivate
    void close() {
        unit.close();
    }

    /** Records an agreed trial after every check; nothing is written on a refusal. */
    public Trial agree(TrialInput in, PolkuUser by) {
        UUID referralId = Ids.of(in.referralId(), "referralId", messages);
        Map<String, Refusal> problems = in.problems();
        if (!problems.isEmpty()) {
            Problem.Builder refused = Problem.invalid();
            problems.forEach((field, r) -> refused.field(field, r.texts(messages)));
            throw refused.build();
        }
        TrialInput.Valid v = in.valid();
        RuleSet set = rules.require(v.startsOn());
        ReferralSubject subject = referrals.subject(referralId, v.startsOn(), by, "trial limits")
                .orElseThrow(() -> Problem.of(404, "no-referral", messages.texts("no-referral")));
        String person = subject.personKey().orElseThrow(() -> new IllegalStateException("the core gave no person key"));
        Trial trial = unit.inTransaction(em -> {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "trials-person:" + person).getSingleResult();
            String state = (String) em.createNativeQuery("SELECT state FROM trials.referral WHERE id = ?1 FOR UPDATE").setParameter(1, referralId)
                    .getResultStream().findFirst().orElse(null);
            if (state == null) {
                throw Problem.of(409, "referral-not-received", messages.texts("referral-not-received"));
            }
            if (!ACTIVE_REFERRAL.contains(state)) {
                throw Problem.of(409, "referral-not-active", messages.texts("referral-state", messages.texts("state." + state)));
            }
            if (!em.createNativeQuery("SELECT 1 FROM trials.trial WHERE referral_id = ?1 AND state IN ('agreed', 'started')")
                    .setParameter(1, referralId).getResultList().isEmpty()) {
                throw Problem.of(409, "trial-open", messages.texts("trial-open"));
            }
            List<Refusal> refusals = Limits.refusals(set, v, used(em, person, v.organiserBusinessId()));
            if (!refusals.isEmpty()) {
                List<Map<String, String>> reasons = refusals.stream().map(r -> r.texts(messages)).toList();
                Map<String, String> all = new TreeMap<>();
                reasons.forEach(r -> r.forEach((language, text) -> all.merge(language, text, (a, b) -> a + " " + b)));
                throw Problem.builder(409, "trial-limits").detail(all).extension("reasons", reasons).build();
            }
            Trial t = new Trial(referralId, person, v, by.username());
            em.persist(t);
            return t;
        });
        java.util.Set<String> known = organisers;
        if (trial.organiserAccount() != null && known != null) {
            known.add(trial.organiserAccount());
        }
        // The agreement accepts the referral in the core; a referral accepted already stays so.
        String coreState = referrals.details(referralId, by, "trial agreement").map(d -> d.state()).orElse("");
        if (coreState.equals("referred")) {
            try {
                referrals.move(referralId, "accepted", null, by);
            } catch (RuntimeException e) {
                unit.run(em -> em.createNativeQuery("DELETE FROM trials.trial WHERE id = ?1 AND state = 'agreed'").setParameter(1, trial.id())
                        .executeUpdate());
                throw e;
            }
        }
        return trial;
    }

    /** Days of the person's work trials that count: agreed or started for their period, completed or interrupted up to their end. */
    private static Limits.Used used(EntityManager em, String person, String organiser) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT "
                + "coalesce(sum(CASE WHEN organiser_business_id = ?2 THEN days END), 0), coalesce(sum(days), 0) FROM ("
                + "  SELECT organiser_business_id, (CASE WHEN state = 'interrupted' THEN least(ends_on, greatest(starts_on, updated_at::date)) "
                + "    ELSE ends_on END - starts_on + 1) AS days FROM trials.trial WHERE person_key = ?1 AND kind = 'work-trial') t")
                .setParameter(1, person).setParameter(2, organiser).getSingleResult();
        return new Limits.Used(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** The organiser confirms: started, completed (with its feedback) or interrupted (with the reason). The referral moves on in the core. */
    public Trial confirm(UUID trialId, String to, String note, PolkuUser by) {
        Trial t = find(trialId).orElseThrow(() -> Problem.of(404, "no-trial", messages.texts("no-trial")));
        String from = switch (to) {
            case "started" -> "agreed";
            case "completed" -> "started";
            case "interrupted" -> t.state().equals("agreed") || t.state().equals("started") ? t.state() : "-";
            default -> throw Problem.of(404, "no-such-action", messages.texts("no-such-action"));
        };
        if (!to.equals("started") && (note == null || note.isBlank() || note.length() > 1000)) {
            throw Problem.invalid().field("note", messages.texts("note-required")).build();
        }
        if (!t.state().equals(from)) {
            throw Problem.of(409, "illegal-move", messages.texts("illegal-move", messages.texts("trial-state." + t.state()),
                    messages.texts("trial-state." + to)));
        }
        // The core's referral first: its lifecycle decides; the module follows only a move the core took.
        referrals.move(t.referralId(), to, to.equals("started") ? null : note.trim(), by);
        unit.run(em -> em.createNativeQuery("UPDATE trials.trial SET state = ?3, updated_at = now(), updated_by = ?4, note = coalesce(?5, note) "
                + "WHERE id = ?1 AND state = ?2").setParameter(1, trialId).setParameter(2, from).setParameter(3, to)
                .setParameter(4, by.username()).setParameter(5, note == null || note.isBlank() ? null : note.trim()).executeUpdate());
        return find(trialId).orElseThrow();
    }

    /** What the core told the module; an older or repeated event changes nothing. A referral ended elsewhere ends its trial. */
    public void referralChanged(ReferralEvent e) {
        unit.run(em -> {
            int changed = em.createNativeQuery("INSERT INTO trials.referral (id, municipality_code, state, last_sequence, updated_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, "
                    + "last_sequence = EXCLUDED.last_sequence, updated_at = EXCLUDED.updated_at "
                    + "WHERE trials.referral.last_sequence < EXCLUDED.last_sequence")
                    .setParameter(1, e.referralId()).setParameter(2, e.municipalityCode()).setParameter(3, e.state())
                    .setParameter(4, e.sequence()).setParameter(5, Timestamp.from(e.at())).executeUpdate();
            if (changed == 1 && Set.of("declined", "interrupted", "completed").contains(e.state())) {
                String to = e.state().equals("completed") ? "completed" : "interrupted";
                em.createNativeQuery("UPDATE trials.trial SET state = ?2, updated_at = ?3, updated_by = coalesce(updated_by, 'core') "
                        + "WHERE referral_id = ?1 AND state IN ('agreed', 'started')").setParameter(1, e.referralId()).setParameter(2, to)
                        .setParameter(3, Timestamp.from(e.at())).executeUpdate();
            }
        });
    }

    public Optional<Trial> find(UUID id) {
        return unit.inTransaction(em -> Optional.ofNullable(em.find(Trial.class, id)));
    }

    /** The trials of the referrals given (a customer's trial referrals), newest first. */
    public List<Trial> ofReferrals(List<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return unit.inTransaction(em -> em.createQuery("select t from Trial t where t.referralId in :r order by t.agreedAt desc", Trial.class)
                .setParameter("r", referralIds).getResultList());
    }

    /** The trials an organiser account runs, newest first, one page with the total; nobody else's. */
    public fi.polku.api.rest.ListPage<Trial> ofOrganiser(String account, fi.polku.api.rest.ListPage.Request page) {
        return unit.inTransaction(em -> {
            List<Trial> items = em.createQuery("select t from Trial t where t.organiserAccount = :a order by t.startsOn desc, t.id", Trial.class)
                    .setParameter("a", account).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            long total = page.totalIfLast(items.size());
            if (total < 0) {
                total = em.createQuery("select count(t) from Trial t where t.organiserAccount = :a", Long.class)
                        .setParameter("a", account).getSingleResult();
            }
            return page.answer(total, items);
        });
    }

    /** Trials under way or agreed, for the staff's overview, soonest first. */
    public List<Trial> current() {
        return unit.inTransaction(em -> em.createQuery("select t from Trial t where t.state in ('agreed', 'started') order by t.startsOn", Trial.class)
                .setMaxResults(500).getResultList());
    }
}
