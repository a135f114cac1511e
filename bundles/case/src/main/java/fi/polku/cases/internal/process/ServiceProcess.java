package fi.polku.cases.internal.process;

import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rules.RuleKeys;
import fi.polku.api.rules.RuleParameter;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import fi.polku.api.rules.RuledStep;
import fi.polku.api.rules.ScheduledStep;
import fi.polku.api.rules.StandardSteps;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.Customer;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.Inputs.EndInput;
import fi.polku.cases.internal.process.Inputs.InterviewInput;
import fi.polku.cases.internal.process.Inputs.PeriodInput;
import fi.polku.cases.internal.process.Inputs.PlanInput;
import fi.polku.cases.internal.process.Inputs.TransferInput;
import fi.polku.cases.internal.process.Views.PeriodView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The personal customer's service process: a job-search period starts under the rule set of its
 * start date, every statutory step becomes a task, interviews complete them, the plan is kept in
 * versions, and the customer moves between units. Every method is one transaction, audited.
 */
@Component(service = ServiceProcess.class)
public final class ServiceProcess {
    static final String INITIAL = "initial";
    static final String GUIDANCE = "guidance";
    static final String MULTISECTORAL = "multisectoral";
    static final String INTEGRATION = "integration";
    static final String INITIAL_ASSESSMENT = "initial-assessment";
    /** Steps that are milestones for the area, not work for a caseworker. */
    private static final String LIABILITY_PREFIX = "municipal-liability-";

    private final PersistenceUnit unit;
    private final RuleSets ruleSets;
    private final Organisation organisation;
    private final Clock clock;

    @Activate
    public ServiceProcess(@Reference CaseDatabase database, @Reference RuleSets ruleSets, @Reference Organisation organisation) {
        this(database.unit(), ruleSets, organisation, Clock.system(FinnishCalendar.ZONE));
    }

    ServiceProcess(PersistenceUnit unit, RuleSets ruleSets, Organisation organisation, Clock clock) {
        this.unit = unit;
        this.ruleSets = ruleSets;
        this.organisation = organisation;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Starts a job-search period: the rule set is chosen by the start date and its steps become tasks. */
    public PeriodView start(UUID customerId, PeriodInput in, PolkuUser by) {
        if (in == null) {
            throw Refusals.invalid(Message.PERIOD_BODY);
        }
        InputCheck check = new InputCheck();
        LocalDate start = check.date("start", in.start());
        if (check.ok("start") && start.isAfter(today().plusMonths(1))) {
            check.problem("start", Message.START_TOO_FAR_AHEAD, start);
        }
        RuleSet rules = check.ok("start") ? rulesForStart(start, check) : null;
        String status = check.oneOf("status", in.status() == null ? "unemployed" : in.status(), Inputs.STATUSES);
        check.done();
        boolean integration = Boolean.TRUE.equals(in.integrationPlan());
        // Immigrants entitled to an integration plan go straight to the integration specialists (Act 681/2023).
        String firstUnit = integration ? INTEGRATION : INITIAL;
        return unit.inTransaction(em -> {
            Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
            if (customer == null) {
                throw Refusals.notFound(Message.CUSTOMER_NOT_FOUND, customerId);
            }
            Optional<JobSearchPeriod> open = openPeriod(em, customerId);
            if (open.isPresent()) {
                throw Refusals.conflict(Message.PERIOD_ALREADY_OPEN, open.get().startDate(), open.get().id());
            }
            LocalDate lastEnd = em.createQuery("select max(p.endDate) from JobSearchPeriod p where p.customerId = :c", LocalDate.class)
                    .setParameter("c", customerId).getSingleResult();
            if (lastEnd != null && !start.isAfter(lastEnd)) {
                throw Refusals.conflict(Message.PERIOD_AFTER_PREVIOUS, lastEnd);
            }
            JobSearchPeriod p = new JobSearchPeriod(customerId, customer.municipalityCode(), start, status, rules.id(), firstUnit,
                    integration, by.username());
            em.persist(p);
            em.persist(new UnitAssignment(p.id(), firstUnit, start, integration ? "entitled to an integration plan" : "new job search", by.username()));
            // Each step by the rules in force on its day (the 2026 stages for a search started in 2025).
            for (RuledStep rs : ruleSets.schedule(start, null)) {
                ScheduledStep s = rs.step();
                if (!s.step().startsWith(LIABILITY_PREFIX) && applies(s.step(), ruleSet(rs.ruleSet(), rules), status, start, integration ? null : lastEnd)) {
                    em.persist(new Task(p, integration ? integrationStep(s.step()) : s.step(), s.from(), s.deadline()));
                }
            }
            em.flush();
            // A job seeker again: the job-search profile, if any, is matched again.
            fi.polku.cases.internal.placement.JobSearchProfiles.reindex(em, java.util.List.of(customerId));
            AuditTrail.record(em, by, customerId, "period.start", "period " + p.id());
            return view(em, p, rules);
        });
    }

    /** Records an interview; completes its task; an initial or job-search interview writes a new plan version. */
    public PeriodView recordInterview(UUID periodId, InterviewInput in, PolkuUser by) {
        if (in == null) {
            throw Refusals.invalid(Message.INTERVIEW_BODY);
        }
        // Every field at once: the interview form shows each problem next to its field.
        InputCheck check = new InputCheck();
        String kind = check.oneOf("kind", in.kind(), Inputs.INTERVIEW_KINDS);
        LocalDate heldOn = check.date("heldOn", in.heldOn());
        if (check.ok("heldOn") && heldOn.isAfter(today())) {
            check.problem("heldOn", Message.HELD_IN_FUTURE, heldOn);
        }
        String mode = check.oneOf("mode", in.mode() == null ? "face-to-face" : in.mode(), Inputs.MODES);
        String prerequisites = check.text("prerequisites", in.prerequisites(), 4000);
        String serviceNeed = check.text("serviceNeed", in.serviceNeed(), 4000);
        String notes = check.text("notes", in.notes(), 4000);
        if ("initial".equals(kind)) {
            // The initial interview records the assessment (Act 380/2023).
            if (prerequisites == null) {
                check.problem("prerequisites", Message.PREREQUISITES_REQUIRED);
            }
            if (serviceNeed == null) {
                check.problem("serviceNeed", Message.SERVICE_NEED_REQUIRED);
            }
        }
        PlanInput plan = Inputs.plan(check, in.plan(), kind);
        check.done();
        return unit.inTransaction(em -> {
            JobSearchPeriod p = period(em, periodId);
            if (!p.isOpen()) {
                throw Refusals.conflict(Message.INTERVIEW_ON_ENDED_PERIOD, p.endDate());
            }
            if (heldOn.isBefore(p.startDate())) {
                throw Refusals.invalid("heldOn", Message.HELD_BEFORE_START, heldOn, p.startDate());
            }
            Task task = taskFor(em, p, kind);
            if (kind.equals("initial") && task == null) {
                throw Refusals.conflict(Message.INITIAL_ALREADY_RECORDED);
            }
            if (task != null) {
                task.complete(by.username());
            }
            em.persist(new Interview(p.id(), task == null ? null : task.id(), kind, heldOn, mode, prerequisites, serviceNeed,
                    notes, by.username()));
            if (plan != null) {
                em.persist(new PlanVersion(p.id(), nextPlanVersion(em, p.id()), plan, by.username()));
            }
            RuleSet rules = rulesOf(p);
            if (kind.equals("initial") && rules != null) {
                rescheduleFromInitialInterview(em, p, heldOn, rules);
            }
            RuleSet onTheDay = ruleSets.inForceOn(heldOn).orElse(rules);
            if (kind.equals("job-search") && task != null && onTheDay != null) {
                scheduleNextJobSearchInterview(em, p, task, heldOn, onTheDay);
            }
            AuditTrail.record(em, by, p.customerId(), "interview.record", kind + ", period " + p.id());
            return view(em, p, rules);
        });
    }

    /** Moves the customer to another unit; open unassigned tasks move to its queue. */
    public PeriodView transfer(UUID periodId, TransferInput in, PolkuUser by) {
        if (in == null) {
            throw Refusals.invalid(Message.TRANSFER_BODY);
        }
        InputCheck check = new InputCheck();
        String target = check.required("unit", in.unit(), 100, Message.REQUIRED);
        if (target != null && organisation.unit(target).isEmpty()) {
            check.problem("unit", Message.NO_SUCH_UNIT, target,
                    String.join(", ", organisation.units().stream().map(u -> u.id()).sorted().toList()));
        }
        String reason = check.required("reason", in.reason(), 200, Message.TRANSFER_REASON_REQUIRED);
        check.done();
        return unit.inTransaction(em -> {
            JobSearchPeriod p = period(em, periodId);
            if (!p.isOpen()) {
                throw Refusals.conflict(Message.PERIOD_ENDED, p.endDate());
            }
            if (p.unit().equals(target)) {
                throw Refusals.conflict(Message.ALREADY_IN_UNIT, target);
            }
            moveUnit(em, p, target, today(), reason, by.username());
            // The reason is case content: it stays in the unit history, not in the audit log that admins read.
            AuditTrail.record(em, by, p.customerId(), "period.transfer", "period " + p.id());
            return view(em, p, rulesOf(p));
        });
    }

    /** Ends the period; its open tasks are cancelled. */
    public PeriodView end(UUID periodId, EndInput in, PolkuUser by) {
        if (in == null) {
            throw Refusals.invalid(Message.END_BODY);
        }
        InputCheck check = new InputCheck();
        LocalDate endDate = check.date("endDate", in.endDate());
        if (check.ok("endDate") && endDate.isAfter(today())) {
            check.problem("endDate", Message.END_IN_FUTURE, endDate);
        }
        String reason = in.reason() == null || in.reason().isBlank() ? null : check.oneOf("reason", in.reason(), JobSearchPeriod.END_REASONS);
        if (in.reason() == null || in.reason().isBlank()) {
            check.problem("reason", Message.END_REASON_REQUIRED);
        }
        check.done();
        return unit.inTransaction(em -> {
            JobSearchPeriod p = period(em, periodId);
            if (!p.isOpen()) {
                throw Refusals.conflict(Message.PERIOD_ALREADY_ENDED, p.endDate());
            }
            if (endDate.isBefore(p.startDate())) {
                throw Refusals.invalid("endDate", Message.END_BEFORE_START, endDate, p.startDate());
            }
            p.end(endDate, reason);
            em.createQuery("update Task t set t.state = 'cancelled' where t.periodId = :p and t.state = 'open'")
                    .setParameter("p", p.id()).executeUpdate();
            // No longer a job seeker: the profile stays but is not matched.
            fi.polku.cases.internal.placement.JobSearchProfiles.reindex(em, java.util.List.of(p.customerId()));
            AuditTrail.record(em, by, p.customerId(), "period.end", "period " + p.id());
            return view(em, p, rulesOf(p));
        });
    }

    /** The customer's periods, newest first, each with its timeline, interviews, plan history and units. */
    public List<PeriodView> periods(UUID customerId, PolkuUser by) {
        return unit.inTransaction(em -> {
            List<JobSearchPeriod> periods = em.createQuery(
                    "select p from JobSearchPeriod p where p.customerId = :c order by p.startDate desc", JobSearchPeriod.class)
                    .setParameter("c", customerId).getResultList();
            // A search names its customer (a foreign key), so only an empty answer needs to ask whether the customer exists.
            if (periods.isEmpty() && em.find(Customer.class, customerId) == null) {
                throw Refusals.notFound(Message.CUSTOMER_NOT_FOUND, customerId);
            }
            AuditTrail.record(em, by, customerId, "period.read", null);
            // Each search's liability counts the searches before it: all of them are loaded already.
            return periods.stream().map(p -> view(em, p, rulesOf(p), MunicipalLiability.spansUpTo(periods, p))).toList();
        });
    }

    /** Takes a task from a unit's queue onto the caseworker's own worklist. */
    public void take(UUID taskId, PolkuUser by) {
        unit.run(em -> {
            Task t = openTask(em, taskId);
            if (t.ownerUser() != null && !t.ownerUser().equals(by.username())) {
                throw Refusals.conflict(Message.TASK_TAKEN, t.ownerUser());
            }
            t.assignTo(by.username());
            AuditTrail.record(em, by, t.customerId(), "task.take", t.step());
        });
    }

    /** A unit lead gives an open task to a caseworker, whoever had it before; recorded with both names. */
    public void assign(UUID taskId, String worker, PolkuUser lead) {
        unit.run(em -> {
            Task t = openTask(em, taskId);
            String before = t.ownerUser();
            t.assignTo(worker);
            AuditTrail.record(em, lead, t.customerId(), "task.assign", t.step() + " to " + worker
                    + (before == null ? " from the unit queue" : " from " + before));
        });
    }

    // ---- helpers -------------------------------------------------------------------------

    /** The task, locked for this transaction; 404 when there is none, 409 when it is no longer open. */
    private static Task openTask(jakarta.persistence.EntityManager em, UUID taskId) {
        Task t = em.find(Task.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            throw Refusals.notFound(Message.TASK_NOT_FOUND, taskId);
        }
        if (!t.isOpen()) {
            throw Refusals.conflict(Message.TASK_NOT_OPEN, t.state());
        }
        return t;
    }

    /** The rule set in force on {@code start}; null, with the problem recorded, when none is installed for it. */
    /** A task an imported job search gets. */
    public record ImportedStep(String step, LocalDate from, LocalDate due) {}

    /**
     * The steps of an imported job search that become tasks: those of its rule sets (by the day
     * of each) due from today on. Steps due before today are not made tasks: what was done before
     * is in the old system's records.
     */
    public List<ImportedStep> importedSteps(LocalDate start, String status, RuleSet rules, boolean integration) {
        LocalDate today = today();
        List<ImportedStep> steps = new java.util.ArrayList<>();
        for (RuledStep rs : ruleSets.schedule(start, null)) {
            ScheduledStep s = rs.step();
            if (!s.step().startsWith(LIABILITY_PREFIX) && !s.deadline().isBefore(today)
                    && applies(s.step(), ruleSet(rs.ruleSet(), rules), status, start, null)) {
                steps.add(new ImportedStep(integration ? integrationStep(s.step()) : s.step(), s.from(), s.deadline()));
            }
        }
        return steps;
    }

    /** The statuses a job search may have (unemployed, laid-off ...). */
    public static java.util.Set<String> statuses() {
        return Inputs.STATUSES;
    }

    /** Whether any rule set is installed: none means the platform is starting or a fault, not that a date has no law. */
    public boolean hasRuleSets() {
        return !ruleSets.all().isEmpty();
    }

    /** The rule set for a search starting on {@code start}, or null with the problem in {@code check} under "start". */
    public RuleSet rulesForStart(LocalDate start, InputCheck check) {
        RuleSet rules = ruleSets.forStart(start).orElse(null);
        if (rules == null) {
            List<RuleSet> installed = ruleSets.all();
            Message.PerLanguage names = language -> String.join(", ", installed.stream().map(r -> switch (language) {
                case FI -> r.id() + " (" + Message.date(r.effectiveFrom(), language) + " alkaen)";
                case SV -> r.id() + " (från " + Message.date(r.effectiveFrom(), language) + ")";
                case EN -> r.id() + " from " + r.effectiveFrom();
            }).toList());
            check.problem("start", Message.NO_RULE_SET, start, names);
        }
        return rules;
    }

    static void moveUnit(EntityManager em, JobSearchPeriod p, String target, LocalDate from, String reason, String by) {
        p.moveTo(target);
        em.persist(new UnitAssignment(p.id(), target, from, reason, by));
        em.createQuery("update Task t set t.ownerUnit = :u where t.periodId = :p and t.state = 'open' and t.ownerUser is null")
                .setParameter("u", target).setParameter("p", p.id()).executeUpdate();
    }

    private static Optional<JobSearchPeriod> openPeriod(EntityManager em, UUID customerId) {
        return em.createQuery("select p from JobSearchPeriod p where p.customerId = :c and p.endDate is null", JobSearchPeriod.class)
                .setParameter("c", customerId).getResultStream().findFirst();
    }

    private static JobSearchPeriod period(EntityManager em, UUID id) {
        JobSearchPeriod p = em.find(JobSearchPeriod.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw Refusals.notFound(Message.PERIOD_NOT_FOUND, id);
        }
        return p;
    }

    /** The open task an interview of {@code kind} completes: the initial one, the earliest supplementary, the job-search one. */
    /**
     * The initial interview of a customer entitled to an integration plan is the initial assessment's
     * (alkukartoitus, Act 681/2023): the integration specialists hold it, by the same deadline, and
     * its task says so on their worklists.
     */
    public static String integrationStep(String step) {
        return step.equals("initial-interview") ? INITIAL_ASSESSMENT : step;
    }

    private static Task taskFor(EntityManager em, JobSearchPeriod p, String kind) {
        String pattern = switch (kind) {
            // For an integration customer the initial interview opens the initial assessment (its task's name).
            case "initial" -> "initial-%";
            case "supplementary" -> "supplementary-interview-%";
            default -> "job-search-interview-%";
        };
        return em.createQuery("select t from Task t where t.periodId = :p and t.state = 'open' and t.step like :s order by t.due", Task.class)
                .setParameter("p", p.id()).setParameter("s", pattern).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private static int nextPlanVersion(EntityManager em, UUID periodId) {
        Integer max = em.createQuery("select max(v.version) from PlanVersion v where v.periodId = :p", Integer.class)
                .setParameter("p", periodId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /**
     * The law counts the supplementary interviews and the first job-search interview from the
     * initial interview as held; until it is held they are planned from its deadline.
     */
    private void rescheduleFromInitialInterview(EntityManager em, JobSearchPeriod p, LocalDate heldOn, RuleSet rules) {
        reconcile(em, p, heldOn, rules);
    }

    /**
     * Brings a job search's open steps in line with the rules in force on each step's day: dates
     * moved, steps a later version adds (the job-search profile) added, and steps its start's rules
     * had scheduled but the version in force on their day no longer has (the scheduled
     * supplementary interviews from 1.1.2026) cancelled. Done steps are history and stay.
     *
     * @return how many tasks were added, moved or cancelled
     */
    int reconcile(EntityManager em, JobSearchPeriod p, LocalDate initialInterviewHeld, RuleSet startRules) {
        List<RuledStep> composed = ruleSets.schedule(p.startDate(), initialInterviewHeld);
        java.util.Map<String, Task> tasks = new java.util.HashMap<>();
        for (Task t : em.createQuery("select t from Task t where t.periodId = :p", Task.class).setParameter("p", p.id()).getResultList()) {
            tasks.put(t.step(), t);
        }
        LocalDate previousEnd = previousEnd(em, p);
        int changed = 0;
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (RuledStep rs : composed) {
            ScheduledStep s = rs.step();
            String name = p.integrationPlan() ? integrationStep(s.step()) : s.step();
            kept.add(name);
            if (s.step().startsWith(LIABILITY_PREFIX)) {
                continue;
            }
            Task t = tasks.get(name);
            if (t == null) {
                if (applies(s.step(), ruleSet(rs.ruleSet(), startRules), p.status(), p.startDate(), p.integrationPlan() ? null : previousEnd)
                        && !s.deadline().isBefore(p.startDate()) && p.isOpen()) {
                    em.persist(new Task(p, name, s.from(), s.deadline()));
                    changed++;
                }
            } else if (t.isOpen() && (!s.deadline().equals(t.due()) || !java.util.Objects.equals(s.from(), t.windowFrom()))) {
                t.reschedule(s.from(), s.deadline());
                changed++;
            }
        }
        for (ScheduledStep own : startRules.schedule(p.startDate(), initialInterviewHeld)) {
            String name = p.integrationPlan() ? integrationStep(own.step()) : own.step();
            Task t = tasks.get(name);
            if (!kept.contains(name) && t != null && t.isOpen()) {
                t.cancel();
                changed++;
            }
        }
        return changed;
    }

    private static LocalDate previousEnd(EntityManager em, JobSearchPeriod p) {
        return em.createQuery("select max(q.endDate) from JobSearchPeriod q where q.customerId = :c and q.startDate < :s", LocalDate.class)
                .setParameter("c", p.customerId()).setParameter("s", p.startDate()).getSingleResult();
    }

    /** The installed rule set of this id; {@code fallback} when it is not installed. */
    private RuleSet ruleSet(String id, RuleSet fallback) {
        return ruleSets.all().stream().filter(r -> r.id().equals(id)).findFirst().orElse(fallback);
    }

    /** After a job-search interview the next one is due the rule set's interval after it (every three months). */
    private void scheduleNextJobSearchInterview(EntityManager em, JobSearchPeriod p, Task completed, LocalDate heldOn, RuleSet rules) {
        if (!applies("job-search-interview", rules, p.status(), p.startDate(), null)) {
            return; // a status without job-search interviews: one held anyway is not followed by another
        }
        int months = intParameter(rules, RuleKeys.JOB_SEARCH_INTERVIEW_INTERVAL_MONTHS, 3);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("job-search-interview-(\\d+)m").matcher(completed.step());
        int reached = m.matches() ? Integer.parseInt(m.group(1)) : months;
        String next = "job-search-interview-" + (reached + months) + "m";
        long exists = em.createQuery("select count(t) from Task t where t.periodId = :p and t.step = :s", Long.class)
                .setParameter("p", p.id()).setParameter("s", next).getSingleResult();
        if (exists == 0) {
            ScheduledStep due = StandardSteps.jobSearchInterview(heldOn, months, rules.schedule(p.startDate()).get(0).source());
            em.persist(new Task(p, next, null, due.due()));
        }
    }

    /**
     * Whether a job search has a statutory step, by the rule set's parameters: job-search
     * interviews only for the statuses it names; an initial interview again only when the
     * previous job search ended long enough before ({@code previousEnd} null: no previous one,
     * or an integration customer, whose initial assessment follows its own act).
     */
    public static boolean applies(String step, RuleSet rules, String status, LocalDate start, LocalDate previousEnd) {
        if (step.startsWith("job-search-interview")) {
            return textParameter(rules, RuleKeys.JOB_SEARCH_INTERVIEW_STATUSES)
                    .map(list -> java.util.Arrays.stream(list.split(",")).map(String::trim).toList().contains(status)).orElse(true);
        }
        if (step.equals("initial-interview") && previousEnd != null) {
            int months = intParameter(rules, RuleKeys.INITIAL_INTERVIEW_AGAIN_AFTER_MONTHS, 0);
            return !start.isBefore(previousEnd.plusMonths(months));
        }
        return true;
    }

    private static Optional<String> textParameter(RuleSet rules, String key) {
        return rules.parameters().stream().filter(x -> x.key().equals(key)).map(RuleParameter::value).findFirst();
    }

    private static int intParameter(RuleSet rules, String key, int fallback) {
        return rules.parameters().stream().filter(x -> x.key().equals(key)).map(RuleParameter::value).findFirst()
                .map(Integer::parseInt).orElse(fallback);
    }

    private RuleSet rulesOf(JobSearchPeriod p) {
        // The rule set recorded at the start; if its bundle is not installed, the one for the start date.
        return ruleSets.all().stream().filter(r -> r.id().equals(p.ruleSet())).findFirst()
                .or(() -> ruleSets.forStart(p.startDate())).orElse(null);
    }

    private PeriodView view(EntityManager em, JobSearchPeriod p, RuleSet rules) {
        return view(em, p, rules, MunicipalLiability.spansUpTo(em, p));
    }

    private PeriodView view(EntityManager em, JobSearchPeriod p, RuleSet rules, List<fi.polku.api.rules.BenefitDays.Span> searches) {
        LocalDate today = today();
        List<Views.StepView> timeline = em.createQuery("select t from Task t where t.periodId = :p order by t.due, t.step", Task.class)
                .setParameter("p", p.id()).getResultList().stream().map(t -> Views.StepView.of(t, today)).toList();
        List<Views.InterviewView> interviews = em.createQuery("select i from Interview i where i.periodId = :p order by i.heldOn", Interview.class)
                .setParameter("p", p.id()).getResultList().stream().map(Views.InterviewView::of).toList();
        List<Views.PlanView> plans = em.createQuery("select v from PlanVersion v where v.periodId = :p order by v.version desc", PlanVersion.class)
                .setParameter("p", p.id()).getResultList().stream().map(Views.PlanView::of).toList();
        List<Views.UnitView> units = em.createQuery("select a from UnitAssignment a where a.periodId = :p order by a.id", UnitAssignment.class)
                .setParameter("p", p.id()).getResultList().stream().map(Views.UnitView::of).toList();
        // Counted as the law counts: the waiting period, and the benefit days of the customer's earlier searches.
        LocalDate liability = MunicipalLiability.liabilityDate(ruleSets, p, today, searches);
        return new PeriodView(p.id(), p.customerId(), p.municipalityCode(), p.startDate(), p.status(), p.ruleSet(), p.unit(),
                p.integrationPlan(), p.endDate(), p.endReason(), liability, timeline, interviews,
                plans.isEmpty() ? null : plans.get(0), plans, units, null);
    }
}
