package fi.polku.cases.internal.demo;

import fi.polku.api.organisation.Municipality;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import fi.polku.cases.internal.process.ServiceProcess;
import fi.polku.api.rules.ScheduledStep;
import fi.polku.cases.identity.IdentityCode;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A synthetic population of job seekers for demos and benchmarks: people spread over the
 * area's municipalities in proportion to their populations, job-search periods in every phase
 * of the process (new, in the initial unit, in guidance, multisectoral, integration, ended),
 * and the tasks their rule set implies, mostly done when due in the past, some overdue.
 *
 * <p>Identity codes use only the test individual numbers 900-999. Rows go in with PostgreSQL's
 * COPY in batches, so a million job seekers load in minutes, not hours.
 */
final class PopulationGenerator {
    static final String CREATED_BY = "demo-generator";
    private static final int BATCH = 5_000;
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1960, 1, 1);
    private static final int BIRTH_DAYS = 17_000;
    private static final char[] CENTURY_1900 = {'U', 'V', 'W', 'X', 'Y', '-'};
    private static final char[] CENTURY_2000 = {'F', 'E', 'D', 'C', 'B', 'A'};
    /** Population of each municipality (Statistics Finland, 2024, rounded): the weights of the draw. */
    private static final java.util.Map<String, Integer> POPULATION = java.util.Map.of(
            "285", 51_000, "075", 19_500, "624", 5_200, "935", 3_000, "489", 1_800);
    private static final String[] FIRST = {"Aino", "Eero", "Helmi", "Juha", "Kaisa", "Lauri", "Maria", "Mikko", "Niina", "Onni",
        "Pekka", "Riikka", "Sanna", "Tapio", "Tuula", "Veikko", "Anu", "Jari", "Minna", "Timo", "Elina", "Kari", "Leena", "Matti",
        "Päivi", "Sami", "Tiina", "Ville", "Heikki", "Johanna", "Marko", "Sari", "Antti", "Satu", "Janne", "Katja", "Petri", "Hanna"};
    private static final String[] LAST = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
        "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
        "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen",
        "Lahtinen", "Ahonen", "Kuusisto", "Anttila", "Hietala", "Pulkkinen", "Rautio", "Suominen"};
    private static final String[] OTHER_FIRST = {"Amina", "Ahmed", "Olena", "Dmytro", "Fatima", "Yusuf", "Irina", "Hassan"};
    private static final String[] OTHER_LAST = {"Hassan", "Ali", "Kovalenko", "Shevchenko", "Mohamed", "Abdi", "Ivanova", "Nguyen"};
    static final int CASEWORKERS_PER_UNIT = 20;
    /** The own languages of the demo's immigrants (ISO 639-1): Arabic, Ukrainian, Russian, Somali, Persian, Vietnamese. */
    private static final String[] MOTHER_TONGUES = {"ar", "uk", "ru", "so", "fa", "vi"};

    record Stats(long customers, long periods, long tasks, long plans, long millis) {
        long rows() {
            return customers + periods * 2 + tasks + plans;
        }
    }

    private final RuleSets rules;
    private final List<Municipality> municipalities;
    private final LocalDate today;
    private final Instant now;

    PopulationGenerator(RuleSets rules, List<Municipality> municipalities, LocalDate today) {
        this.rules = rules;
        this.municipalities = municipalities;
        this.today = today;
        this.now = today.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Adds {@code count} people, numbered from {@code first} (so that repeated runs make new identity codes). */
    Stats generate(Connection connection, long first, int count) throws SQLException, IOException {
        long t0 = System.nanoTime();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long periods = 0, tasks = 0, plans = 0;
        for (long from = first; from < first + count; from += BATCH) {
            Batch b = new Batch();
            for (long i = from; i < Math.min(from + BATCH, first + count); i++) {
                person(i, b);
            }
            copy.copyIn("COPY cases.customer (id, identity_code, first_name, last_name, municipality_code, language, phone, email, "
                    + "preferred_channel, mother_tongue, interpreter_needed, created_at, created_by, street_address, postal_code, post_office, "
                    + "responsible_user) FROM STDIN", new StringReader(b.customers.toString()));
            copy.copyIn("COPY cases.job_search_period (id, customer_id, municipality_code, start_date, status, rule_set, unit, "
                    + "integration_plan, end_date, end_reason, created_at, created_by) FROM STDIN", new StringReader(b.periods.toString()));
            copy.copyIn("COPY cases.unit_assignment (period_id, unit, from_date, reason, assigned_by) FROM STDIN",
                    new StringReader(b.assignments.toString()));
            copy.copyIn("COPY cases.task (id, period_id, customer_id, municipality_code, step, window_from, due, owner_unit, owner_user, "
                    + "state, done_at, done_by) FROM STDIN", new StringReader(b.tasks.toString()));
            copy.copyIn("COPY cases.employment_plan (id, period_id, version, applications_per_month, agreed_services, contact_method, "
                    + "created_at, created_by) FROM STDIN", new StringReader(b.plans.toString()));
            copy.copyIn("COPY cases.job_search_profile (customer_id, occupations, municipalities, languages, skills, education, driving_licence, "
                    + "available_from, consent_to_present, version, updated_at, updated_by) FROM STDIN",
                    new StringReader(b.profiles.toString()));
            // The matching rows of the batch's profiles, by the statement the profiles themselves use.
            try (java.sql.PreparedStatement ps = connection.prepareStatement(fi.polku.cases.internal.placement.JobSearchProfiles.REINDEX
                    .replace("?1", "?"))) {
                ps.setArray(1, connection.createArrayOf("uuid", b.profiled.toArray()));
                ps.executeUpdate();
            }
            periods += b.periodCount;
            tasks += b.taskCount;
            plans += b.planCount;
        }
        return new Stats(count, periods, tasks, plans, (System.nanoTime() - t0) / 1_000_000);
    }

    private static final class Batch {
        final StringBuilder customers = new StringBuilder(1 << 20);
        final StringBuilder periods = new StringBuilder(1 << 20);
        final StringBuilder assignments = new StringBuilder(1 << 19);
        final StringBuilder tasks = new StringBuilder(1 << 21);
        final StringBuilder plans = new StringBuilder(1 << 19);
        final StringBuilder profiles = new StringBuilder(1 << 20);
        final List<UUID> profiled = new java.util.ArrayList<>();
        int periodCount;
        int taskCount;
        int planCount;
    }

    /** One person: deterministic in {@code i}, so the same number always gives the same person. */
    private void person(long i, Batch b) {
        // A scrambled seed: seeds i and i+1 must not give overlapping random sequences.
        SplittableRandom r = new SplittableRandom(fmix64(i + 1));
        String code = identityCode(i);
        Municipality home = municipality(r);
        boolean immigrant = r.nextInt(100) < 6;
        String first = immigrant ? OTHER_FIRST[r.nextInt(OTHER_FIRST.length)] : FIRST[r.nextInt(FIRST.length)];
        String last = immigrant ? OTHER_LAST[r.nextInt(OTHER_LAST.length)] : LAST[r.nextInt(LAST.length)];
        String language = immigrant ? "other" : r.nextInt(100) < 2 ? "sv" : "fi";
        // Two in three immigrants are entitled to an integration plan (recently arrived); the rest are served like anyone.
        boolean entitled = immigrant && r.nextInt(3) != 0;
        String motherTongue = immigrant ? MOTHER_TONGUES[r.nextInt(MOTHER_TONGUES.length)] : language;
        boolean interpreter = immigrant && r.nextBoolean();
        UUID customer = new UUID(r.nextLong(), r.nextLong());
        // What was added later draws from a sequence of its own, so that everyone else stays as they were.
        SplittableRandom more = new SplittableRandom(fmix64(i + 1) ^ 0x2545F4914F6CDD1DL);
        String[] place = PLACES.getOrDefault(home.code(), new String[] {"48100", "Kotka"});
        int placeIndex = more.nextInt(place.length / 2) * 2;
        String street = STREETS[more.nextInt(STREETS.length)] + " " + (1 + more.nextInt(40));
        String phone = "040 " + (1_000_000 + r.nextInt(8_999_999));
        String email = r.nextBoolean() ? null : (first + "." + last + i + "@example.fi").toLowerCase(java.util.Locale.ROOT);
        String[] customerRow = {customer.toString(), code, first, last, home.code(), language, phone, email, "phone", motherTongue,
                String.valueOf(interpreter), now.toString(), CREATED_BY, street, place[placeIndex], place[placeIndex + 1], null};

        // The phase of the search: how long ago it started, and where it stands.
        int phase = r.nextInt(100);
        int daysAgo;
        String unit;
        if (entitled) {
            daysAgo = r.nextInt(400);
            unit = "integration";
        } else if (phase < 20) {
            daysAgo = r.nextInt(10);
            unit = "initial";
        } else if (phase < 50) {
            daysAgo = 10 + r.nextInt(82);
            unit = "initial";
        } else if (phase < 82) {
            daysAgo = 92 + r.nextInt(308);
            // Searches that reached three months in the last four weeks wait for the nightly move.
            unit = daysAgo < 120 ? "initial" : "guidance";
        } else if (phase < 92) {
            daysAgo = 30 + r.nextInt(670);
            unit = "multisectoral";
        } else {
            daysAgo = 100 + r.nextInt(600);
            unit = "guidance";
        }
        LocalDate start = today.minusDays(daysAgo);
        RuleSet ruleSet = rules.forStart(start).orElse(null);
        boolean ended = !entitled && phase >= 92;
        // Half of those in a job search have a responsible caseworker named by their unit's lead.
        customerRow[16] = ruleSet != null && !ended && more.nextBoolean() ? caseworker(unit, more) : null;
        row(b.customers, (Object[]) customerRow);
        if (ruleSet == null) {
            return; // no rule set for so early a start: a registered customer without a current search
        }
        LocalDate endDate = ended ? start.plusDays(30 + r.nextInt(Math.max(1, daysAgo - 30))) : null;
        UUID period = new UUID(r.nextLong(), r.nextLong());
        row(b.periods, period, customer, home.code(), start, ended ? "employed" : "unemployed", ruleSet.id(), unit, entitled,
                endDate, ended ? "employed" : null, now, CREATED_BY);
        b.periodCount++;
        row(b.assignments, period, entitled ? "integration" : "initial", start, entitled ? "entitled to an integration plan" : "new job search", CREATED_BY);
        if (!entitled && !unit.equals("initial")) {
            row(b.assignments, period, unit, start.plusDays(unit.equals("guidance") ? 92 : Math.min(daysAgo, 60)), "demo history", CREATED_BY);
        }

        LocalDate until = ended ? endDate : today;
        boolean planWritten = false;
        for (ScheduledStep s : steps(composed(start), start, until)) {
            boolean past = s.deadline().isBefore(until);
            boolean done = past && r.nextInt(100) < 90;
            String state = done ? "done" : ended ? "cancelled" : "open";
            String owner = state.equals("open") && r.nextInt(100) < 60 ? caseworker(unit, r) : null;
            row(b.tasks, new UUID(r.nextLong(), r.nextLong()), period, customer, home.code(),
                    entitled ? ServiceProcess.integrationStep(s.step()) : s.step(), s.from(), s.deadline(), unit, owner,
                    state, done ? heldOn(s.deadline().minusDays(r.nextInt(3)), until, more).atStartOfDay().toInstant(ZoneOffset.UTC) : null,
                    done ? caseworker(unit, r) : null);
            b.taskCount++;
            if (done && s.step().equals("initial-interview")) { // the initial assessment's interview too
                planWritten = true;
            }
        }
        if (planWritten) {
            row(b.plans, new UUID(r.nextLong(), r.nextLong()), period, 1, 3 + r.nextInt(4), "job-search coaching", "phone", now, CREATED_BY);
            b.planCount++;
        }
        if (!ended) {
            if (DemoProfiles.profile(i, customer, home.code(), motherTongue, b.profiles, now, CREATED_BY)) {
                b.profiled.add(customer);
            }
        }
    }

    /** Most interviews are held by the deadline; about one in eight late, by up to three weeks (never after today). */
    private static LocalDate heldOn(LocalDate onTime, LocalDate until, SplittableRandom more) {
        if (more.nextInt(8) != 0) {
            return onTime;
        }
        LocalDate late = onTime.plusDays(3 + more.nextInt(20));
        return late.isBefore(until) ? late : onTime;
    }

    /** Postal codes and post offices of each municipality (pairs), for the demo's addresses. */
    private static final java.util.Map<String, String[]> PLACES = java.util.Map.of(
            "285", new String[] {"48100", "Kotka", "48200", "Kotka", "48600", "Kotka", "48700", "Kyminlinna"},
            "075", new String[] {"49400", "Hamina", "49420", "Hamina", "49460", "Hamina"},
            "624", new String[] {"49210", "Huutjärvi", "49220", "Siikakangas"},
            "935", new String[] {"49900", "Virolahti", "49930", "Vaalimaa"},
            "489", new String[] {"49700", "Miehikkälä"});

    private static final String[] STREETS = {"Kauppakatu", "Keskuskatu", "Puistotie", "Rantatie", "Koulukatu", "Kirkkotie",
            "Myllytie", "Satamakatu", "Koivukuja", "Mäntytie"};

    /** The steps by the rules in force on each step's day; the same for every search of a start day, so computed once per day. */
    private List<ScheduledStep> composed(LocalDate start) {
        return schedules.computeIfAbsent(start, d -> rules.schedule(d, null).stream().map(fi.polku.api.rules.RuledStep::step).toList());
    }

    private final java.util.Map<LocalDate, List<ScheduledStep>> schedules = new java.util.concurrent.ConcurrentHashMap<>();

    /** The steps, plus the job-search interviews every three months that the search has reached. */
    private static List<ScheduledStep> steps(List<ScheduledStep> schedule, LocalDate start, LocalDate until) {
        List<ScheduledStep> base = schedule.stream().filter(s -> !s.step().startsWith("municipal-liability")).toList();
        java.util.ArrayList<ScheduledStep> all = new java.util.ArrayList<>(base);
        ScheduledStep last = base.stream().filter(s -> s.step().startsWith("job-search-interview")).findFirst().orElse(null);
        for (int months = 6; last != null && last.deadline().isBefore(until); months += 3) {
            last = ScheduledStep.due("job-search-interview-" + months + "m", fi.polku.api.time.FinnishCalendar.plusMonthsLimit(last.deadline(), 3),
                    last.rule(), last.source());
            all.add(last);
        }
        return all;
    }

    /** Caseworker usernames of a unit; the demo accounts hold one place each, so their worklists are full. */
    static String caseworker(String unit, SplittableRandom r) {
        int n = r.nextInt(CASEWORKERS_PER_UNIT);
        if (n == 0 && unit.equals("initial")) {
            return "caseworker";
        }
        if (n < 3 && unit.equals("guidance")) {
            return new String[] {"lead", "korhonen", "nieminen"}[n];
        }
        return unit + "-" + String.format("%02d", n);
    }

    private Municipality municipality(SplittableRandom r) {
        int total = municipalities.stream().mapToInt(m -> POPULATION.getOrDefault(m.code(), 1_000)).sum();
        int pick = r.nextInt(total);
        for (Municipality m : municipalities) {
            pick -= POPULATION.getOrDefault(m.code(), 1_000);
            if (pick < 0) {
                return m;
            }
        }
        return municipalities.get(0);
    }

    /** The i-th synthetic identity code: 100 test individual numbers per birth date and century sign. */
    static String identityCode(long i) {
        int individual = 900 + (int) (i % 100);
        long rest = i / 100;
        // Neighbouring numbers are spread over the whole range of birth days (a bijection within each
        // block of BIRTH_DAYS, as 7919 and 17,000 have no common factor): the first 500 people of a
        // small demo are of every age, not all born in the first days of 1960.
        LocalDate birth = FIRST_BIRTH.plusDays((rest % BIRTH_DAYS) * 7919 % BIRTH_DAYS);
        int variant = (int) (rest / BIRTH_DAYS);
        char[] signs = birth.getYear() < 2000 ? CENTURY_1900 : CENTURY_2000;
        if (variant >= signs.length) {
            throw new IllegalArgumentException("The synthetic population is limited to " + (100L * BIRTH_DAYS * signs.length) + " people");
        }
        String ddmmyy = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
        return ddmmyy + signs[variant] + individual + IdentityCode.controlCharacter(ddmmyy, individual);
    }

    /** MurmurHash3's 64-bit finaliser: a bijection that scatters neighbouring numbers. */
    static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** One COPY text row: tab-separated, \N for null. */
    static void row(StringBuilder sb, Object... values) {
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                sb.append('\t');
            }
            sb.append(values[k] == null ? "\\N" : values[k].toString());
        }
        sb.append('\n');
    }
}
