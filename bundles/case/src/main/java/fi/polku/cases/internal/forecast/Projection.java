package fi.polku.cases.internal.forecast;

import fi.polku.api.rules.DaySchedule;
import fi.polku.api.rules.LegalSource;
import fi.polku.api.rules.NeglectConsequence;
import fi.polku.api.rules.RuleKeys;
import fi.polku.api.rules.RuleParameter;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuledStep;
import fi.polku.api.rules.ScheduledStep;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.process.ServiceProcess;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The open statutory tasks of today's job searches over the coming weeks under a set of rule
 * sets, computed without writing anything: the same reconciliation the core makes when a rule
 * set takes force (steps moved, added where they apply, the start's steps that the version of
 * their day no longer has dropped; done steps stay done), and then each job-search interview
 * followed by the next one at the interval of the rule set in force on its day, taking each as
 * held on its due day (or today, when overdue): the workload the rules would cause if the work
 * is done on time.
 */
final class Projection {
    /** One open job search as the database has it. */
    record Period(String unit, LocalDate start, String status, boolean integration, String ruleSet, @Nullable LocalDate initialHeld,
            @Nullable LocalDate lastJobSearchInterview, @Nullable LocalDate previousEnd, List<TaskRow> tasks) {}

    record TaskRow(String step, boolean open, LocalDate due, String ownerUnit) {}

    private record Open(LocalDate due, String unit) {}

    private record Key(LocalDate start, LocalDate held) {}

    private static final String LIABILITY = "municipal-liability-";
    private static final String JOB_SEARCH_INTERVIEW = "job-search-interview";
    private static final int CACHE = 100_000;

    private final List<RuleSet> rules;
    private final @Nullable RuleSet draft;
    private final Map<String, RuleSet> byId = new HashMap<>();
    private final LocalDate today;
    private final LocalDate monday;
    private final LocalDate end;
    private final Map<Key, List<RuledStep>> composed = new HashMap<>();
    private final Map<String, Map<Key, List<ScheduledStep>>> own = new HashMap<>();
    /** Per rule set: which statuses have job-search interviews, and their interval (read once: a million searches ask). */
    private final Map<RuleSet, Map<String, Boolean>> interviews = new java.util.IdentityHashMap<>();
    private final Map<RuleSet, Integer> months = new java.util.IdentityHashMap<>();
    /** unit -> week -> kind -> tasks. */
    private final Map<String, Map<LocalDate, Map<String, Integer>>> counts = new HashMap<>();

    /**
     * @param inForce the rule sets in force (their parameters read once here: a rule set builds them on each call)
     * @param draft   a draft taken as in force from this week's Monday for every job search under way; null for the rules in force
     */
    Projection(List<RuleSet> inForce, @Nullable RuleSet draft, LocalDate today, int weeks) {
        this.today = today;
        this.monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.end = monday.plusWeeks(weeks);
        List<RuleSet> all = new ArrayList<>(inForce);
        if (draft != null) {
            all.add(new DraftInForce(draft, monday));
        }
        this.rules = all.stream().map(Memo::new).map(RuleSet.class::cast).sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
        this.rules.forEach(r -> byId.put(r.id(), r));
        this.draft = draft == null ? null : byId.get(draft.id());
    }

    void add(Period p) {
        List<RuledStep> steps = composed(p.start(), p.initialHeld());
        Map<String, TaskRow> tasks = new HashMap<>();
        Map<String, Open> open = new HashMap<>();
        for (TaskRow t : p.tasks()) {
            tasks.put(t.step(), t);
            if (t.open()) {
                open.put(t.step(), new Open(t.due(), t.ownerUnit()));
            }
        }
        RuleSet startRules = byId.getOrDefault(p.ruleSet(), inForceOn(p.start()));
        // Job-search interviews recur, each named by its month: once a job search has one, it is followed by kind below.
        boolean recurring = false;
        for (String name : tasks.keySet()) {
            recurring |= name.startsWith(JOB_SEARCH_INTERVIEW);
        }
        Set<String> kept = new HashSet<>();
        for (RuledStep rs : steps) {
            ScheduledStep s = rs.step();
            String name = p.integration() ? ServiceProcess.integrationStep(s.step()) : s.step();
            kept.add(name);
            if (s.step().startsWith(LIABILITY) || recurring && name.startsWith(JOB_SEARCH_INTERVIEW)) {
                continue;
            }
            TaskRow t = tasks.get(name);
            if (t == null) {
                RuleSet of = byId.getOrDefault(rs.ruleSet(), startRules);
                if (of != null && ServiceProcess.applies(s.step(), of, p.status(), p.start(), p.integration() ? null : p.previousEnd())
                        && !s.deadline().isBefore(p.start())) {
                    open.put(name, new Open(s.deadline(), p.unit()));
                }
            } else if (t.open()) {
                open.put(name, new Open(s.deadline(), t.ownerUnit()));
            }
        }
        if (startRules != null) {
            for (ScheduledStep s : own(startRules, p.start(), p.initialHeld())) {
                String name = p.integration() ? ServiceProcess.integrationStep(s.step()) : s.step();
                if (!kept.contains(name) && !(recurring && name.startsWith(JOB_SEARCH_INTERVIEW))) {
                    open.remove(name);
                }
            }
        }
        if (draft != null && recurring) {
            underDraft(p, open);
        }
        open.forEach((step, o) -> {
            count(o.unit(), o.due(), Workload.kind(step));
            if (step.startsWith(JOB_SEARCH_INTERVIEW)) {
                followUps(p, o);
            }
        });
    }

    /**
     * Under the draft the open job-search interview is due at the draft's interval after the
     * previous one held (or the initial interview: held, or else its deadline); overdue if that
     * day has passed. A status the draft gives no job-search interviews drops it.
     */
    private void underDraft(Period p, Map<String, Open> open) {
        for (String name : List.copyOf(open.keySet())) {
            if (!name.startsWith(JOB_SEARCH_INTERVIEW)) {
                continue;
            }
            if (!interviews(draft, p.status())) {
                open.remove(name);
                continue;
            }
            LocalDate anchor = p.lastJobSearchInterview() != null ? p.lastJobSearchInterview() : p.initialHeld();
            if (anchor == null) { // the initial interview's deadline, as the draft moved it if open
                anchor = open.entrySet().stream().filter(e -> e.getKey().startsWith("initial-")).map(e -> e.getValue().due()).findFirst()
                        .orElse(p.tasks().stream().filter(t -> t.step().startsWith("initial-")).map(TaskRow::due).findFirst().orElse(null));
            }
            if (anchor != null) {
                open.put(name, new Open(FinnishCalendar.plusMonthsLimit(anchor, interval(draft)),
                        open.get(name).unit()));
            }
        }
    }

    /** Each job-search interview held on its day (today, when overdue) brings the next at the interval of the rules of that day. */
    private void followUps(Period p, Open first) {
        LocalDate held = first.due().isBefore(today) ? today : first.due();
        while (true) {
            RuleSet of = inForceOn(held);
            if (of == null || !interviews(of, p.status())) {
                return;
            }
            LocalDate next = FinnishCalendar.plusMonthsLimit(held, interval(of));
            if (!next.isBefore(end)) {
                return;
            }
            count(first.unit(), next, JOB_SEARCH_INTERVIEW);
            held = next;
        }
    }

    private void count(String unit, LocalDate due, String kind) {
        if (!due.isBefore(end)) {
            return;
        }
        LocalDate week = due.isBefore(monday) ? monday : due.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        counts.computeIfAbsent(unit, u -> new HashMap<>()).computeIfAbsent(week, w -> new TreeMap<>()).merge(kind, 1, Integer::sum);
    }

    Map<String, Map<LocalDate, Map<String, Integer>>> counts() {
        return counts;
    }

    private RuleSet inForceOn(LocalDate day) {
        RuleSet found = null;
        for (RuleSet r : rules) {
            if (!r.effectiveFrom().isAfter(day)) {
                found = r;
            }
        }
        return found;
    }

    private List<RuledStep> composed(LocalDate start, LocalDate held) {
        if (composed.size() > CACHE) {
            composed.clear();
        }
        return composed.computeIfAbsent(new Key(start, held), k -> DaySchedule.compose(rules, start, held));
    }

    private List<ScheduledStep> own(RuleSet r, LocalDate start, LocalDate held) {
        Map<Key, List<ScheduledStep>> cache = own.computeIfAbsent(r.id(), id -> new HashMap<>());
        if (cache.size() > CACHE) {
            cache.clear();
        }
        return cache.computeIfAbsent(new Key(start, held), k -> r.schedule(start, held));
    }

    private boolean interviews(RuleSet r, String status) {
        return interviews.computeIfAbsent(r, x -> new HashMap<>())
                .computeIfAbsent(status, st -> ServiceProcess.applies(JOB_SEARCH_INTERVIEW, r, st, today, null));
    }

    private int interval(RuleSet r) {
        return months.computeIfAbsent(r, x -> intParameter(x, RuleKeys.JOB_SEARCH_INTERVIEW_INTERVAL_MONTHS, 3));
    }

    private static int intParameter(RuleSet r, String key, int fallback) {
        for (RuleParameter p : r.parameters()) {
            if (p.key().equals(key)) {
                try {
                    return Integer.parseInt(p.value().trim());
                } catch (NumberFormatException e) {
                    return fallback;
                }
            }
        }
        return fallback;
    }

    /** A rule set whose parameters are read once. */
    private static final class Memo implements RuleSet {
        private final RuleSet r;
        private final List<RuleParameter> parameters;

        Memo(RuleSet r) {
            this.r = r;
            this.parameters = r.parameters();
        }

        @Override public String id() { return r.id(); }
        @Override public String title() { return r.title(); }
        @Override public LocalDate effectiveFrom() { return r.effectiveFrom(); }
        @Override public List<RuleParameter> parameters() { return parameters; }
        @Override public List<ScheduledStep> schedule(LocalDate start) { return r.schedule(start); }
        @Override public List<ScheduledStep> schedule(LocalDate start, LocalDate held) { return r.schedule(start, held); }
        @Override public Optional<NeglectConsequence> neglect(String kind, LocalDate on, List<LocalDate> earlier) {
            return r.neglect(kind, on, earlier);
        }
    }

    /**
     * A draft taken as in force from a day, and for the job searches under way too (the rules of
     * the day): what the what-if asks is the work the draft would cause for today's caseload.
     */
    private static final class DraftInForce implements RuleSet {
        private static final LegalSource WHAT_IF = LegalSource.of("Polku's what-if forecast",
                "the draft is taken as in force from this week for every job search under way", "not law: a planning assumption");
        private final RuleSet draft;
        private final LocalDate from;

        DraftInForce(RuleSet draft, LocalDate from) {
            this.draft = draft;
            this.from = from;
        }

        @Override public String id() { return draft.id(); }
        @Override public String title() { return draft.title(); }
        @Override public LocalDate effectiveFrom() { return from; }
        @Override public List<ScheduledStep> schedule(LocalDate start) { return draft.schedule(start); }
        @Override public List<ScheduledStep> schedule(LocalDate start, LocalDate held) { return draft.schedule(start, held); }

        @Override
        public List<RuleParameter> parameters() {
            List<RuleParameter> out = new ArrayList<>();
            for (RuleParameter p : draft.parameters()) {
                if (!p.key().equals(RuleKeys.TRANSITION_PERIODS_UNDER_WAY)) {
                    out.add(p);
                }
            }
            out.add(RuleParameter.of(RuleKeys.TRANSITION_PERIODS_UNDER_WAY, RuleKeys.RULES_OF_THE_DAY, "", WHAT_IF));
            return out;
        }
    }
}
