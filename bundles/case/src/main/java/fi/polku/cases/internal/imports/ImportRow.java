package fi.polku.cases.internal.imports;

import fi.polku.api.organisation.Organisation;
import fi.polku.api.rules.RuleSet;
import fi.polku.cases.internal.customer.CustomerInput;
import fi.polku.cases.internal.customer.NewCustomer;
import fi.polku.cases.internal.i18n.FieldMessages;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.InputCheck;
import fi.polku.cases.internal.process.ServiceProcess;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One row of an import checked as a registration is (the same {@link CustomerInput} checks), and
 * its open job search as a start is (a date, a status, a rule set for the date), plus what only an
 * import has: the unit the search is in and the responsible caseworker. Values may be written as
 * Polku's codes or in Finnish as the national systems write them ({@code työtön}, {@code k}/{@code e},
 * {@code 1.3.2025}).
 */
final class ImportRow {
    /** A row that can be written. {@code search} is null for a customer without an open job search. */
    record Checked(NewCustomer customer, String responsibleWorker, Search search) {}

    record Search(LocalDate start, String status, RuleSet rules, boolean integrationPlan, String unit) {}

    /** The job seekers' units a search may be in. */
    static final Set<String> UNITS = Set.of("initial", "guidance", "multisectoral", "integration");
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Map<String, String> LANGUAGES = Map.of("suomi", "fi", "ruotsi", "sv", "svenska", "sv", "muu", "other");
    private static final Map<String, String> STATUSES = Map.ofEntries(Map.entry("tyoton", "unemployed"),
            Map.entry("lomautettu", "laid-off"), Map.entry("osa_aikatyossa", "part-time"), Map.entry("osa_aikainen", "part-time"),
            Map.entry("palveluissa", "in-service"), Map.entry("tyossa", "employed"), Map.entry("tyollistynyt", "employed"),
            Map.entry("opiskelija", "student"), Map.entry("muu", "other"));
    private static final Map<String, String> UNIT_NAMES = Map.of("alkuvaihe", "initial", "alkuvaiheen_palvelut", "initial",
            "ohjaus", "guidance", "ohjaavat_palvelut", "guidance", "monialainen", "multisectoral", "kotoutuminen", "integration");
    private static final Map<String, String> CHANNELS = Map.of("puhelin", "phone", "sahkoposti", "email", "kirje", "letter",
            "verkko", "online", "kaynti", "in-person");
    private static final Set<String> YES = Set.of("k", "kylla", "x", "1", "true", "yes", "y", "j", "ja");
    private static final Set<String> NO = Set.of("e", "ei", "0", "false", "no", "n", "nej");

    private final Organisation organisation;
    private final ServiceProcess process;
    private final boolean demo;

    ImportRow(Organisation organisation, ServiceProcess process, boolean demo) {
        this.organisation = organisation;
        this.process = process;
        this.demo = demo;
    }

    /** The checked row, or its problems keyed by the column's documented header. */
    Object check(ImportFile.Row row, FieldMessages problems) {
        for (Column c : Column.values()) {
            String v = row.values().get(c);
            if (v != null && v.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
                problems.add(c.header(), Message.IMPORT_CONTROL_CHARACTER);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Boolean interpreter = yesNo(row, Column.INTERPRETER, problems);
        CustomerInput in = new CustomerInput(row.get(Column.IDENTITY_CODE), row.get(Column.FIRST_NAMES), row.get(Column.LAST_NAME),
                row.get(Column.MUNICIPALITY), code(row.get(Column.LANGUAGE), LANGUAGES), row.get(Column.PHONE), row.get(Column.EMAIL),
                row.get(Column.STREET_ADDRESS), row.get(Column.POSTAL_CODE), row.get(Column.POST_OFFICE),
                code(row.get(Column.CHANNEL), CHANNELS), lower(row.get(Column.MOTHER_TONGUE)), interpreter);
        FieldMessages registration = in.check(organisation, demo);
        for (String field : registration.fields()) {
            // The registration's own messages, under the file's columns.
            registration.copy(field, problems, COLUMN_OF.getOrDefault(field, Column.IDENTITY_CODE).header());
        }
        String worker = row.get(Column.RESPONSIBLE_WORKER);
        if (worker != null && organisation.caseworker(worker).isEmpty()) {
            problems.add(Column.RESPONSIBLE_WORKER.header(), Message.WORKER_UNKNOWN, worker);
        }
        Search search = search(row, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        return new Checked(in.toNewCustomer(), worker, search);
    }

    private Search search(ImportFile.Row row, FieldMessages problems) {
        String startText = row.get(Column.SEARCH_START);
        Boolean plan = yesNo(row, Column.INTEGRATION_PLAN, problems);
        if (startText == null) {
            for (Column c : new Column[] {Column.STATUS, Column.UNIT}) {
                if (row.get(c) != null) {
                    problems.add(c.header(), Message.IMPORT_NEEDS_SEARCH_START, Column.SEARCH_START.header());
                }
            }
            return null;
        }
        InputCheck check = new InputCheck();
        LocalDate start = date(startText);
        if (start == null) {
            problems.add(Column.SEARCH_START.header(), Message.IMPORT_NOT_A_DATE, startText);
        } else if (start.isAfter(fi.polku.api.time.FinnishCalendar.today())) {
            problems.add(Column.SEARCH_START.header(), Message.IMPORT_START_AHEAD, start);
        }
        RuleSet rules = start == null ? null : process.rulesForStart(start, check);
        if (rules == null && start != null) {
            check.problems().copy("start", problems, Column.SEARCH_START.header());
        }
        String status = row.get(Column.STATUS) == null ? "unemployed" : code(row.get(Column.STATUS), STATUSES);
        if (!ServiceProcess.statuses().contains(status)) {
            problems.add(Column.STATUS.header(), Message.NOT_ONE_OF, String.join(", ", ServiceProcess.statuses().stream().sorted().toList()),
                    row.get(Column.STATUS));
        }
        boolean integration = Boolean.TRUE.equals(plan);
        String unit = row.get(Column.UNIT) == null ? (integration ? "integration" : "initial") : code(row.get(Column.UNIT), UNIT_NAMES);
        if (!UNITS.contains(unit)) {
            problems.add(Column.UNIT.header(), Message.NOT_ONE_OF, String.join(", ", UNITS.stream().sorted().toList()), row.get(Column.UNIT));
        }
        return problems.isEmpty() ? new Search(start, status, rules, integration, unit) : null;
    }

    /** A date as ISO (2025-03-01) or as Finns write it (1.3.2025); null when neither. */
    static LocalDate date(String text) {
        try {
            return text.contains(".") ? LocalDate.parse(text, FINNISH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean yesNo(ImportFile.Row row, Column c, FieldMessages problems) {
        String v = row.get(c);
        if (v == null) {
            return null;
        }
        String plain = ImportFile.normalise(v);
        if (YES.contains(plain)) {
            return true;
        }
        if (NO.contains(plain)) {
            return false;
        }
        problems.add(c.header(), Message.IMPORT_YES_OR_NO, v);
        return null;
    }

    /** Polku's code for a value written as the code or as its Finnish word; otherwise the value as written. */
    private static String code(String value, Map<String, String> finnish) {
        if (value == null) {
            return null;
        }
        return finnish.getOrDefault(ImportFile.normalise(value), value.trim().toLowerCase(Locale.ROOT));
    }

    private static String lower(String v) {
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    private static final Map<String, Column> COLUMN_OF = Map.ofEntries(Map.entry("identityCode", Column.IDENTITY_CODE),
            Map.entry("firstName", Column.FIRST_NAMES), Map.entry("lastName", Column.LAST_NAME),
            Map.entry("municipalityCode", Column.MUNICIPALITY), Map.entry("language", Column.LANGUAGE),
            Map.entry("motherTongue", Column.MOTHER_TONGUE), Map.entry("phone", Column.PHONE), Map.entry("email", Column.EMAIL),
            Map.entry("streetAddress", Column.STREET_ADDRESS), Map.entry("postalCode", Column.POSTAL_CODE),
            Map.entry("postOffice", Column.POST_OFFICE), Map.entry("preferredChannel", Column.CHANNEL));
}
