package fi.polku.subsidies.internal;

import fi.polku.api.time.FinnishCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A demo installation starts with this year's appropriations in euros of the order an area of
 * about 90,000 residents has, and a handful of applications, one of them decided. The employers
 * are invented; their business IDs have valid control digits. The customers are ids only: the
 * module cannot see the core's synthetic people.
 */
final class DemoData {
    private static final String BY = "demo";

    private DemoData() {}

    static void seedWhenEmpty(SubsidyStore store) {
        LocalDate today = FinnishCalendar.today();
        int year = today.getYear();
        boolean empty = store.unit().inTransaction(em ->
                em.createQuery("select count(a) from Application a", Long.class).getSingleResult() == 0
                        && Appropriations.forYear(em, year).isEmpty());
        if (!empty) {
            return;
        }
        store.setAppropriation(year, SubsidyKind.PAY_SUBSIDY, 1_800_000_00L, BY);
        store.setAppropriation(year, SubsidyKind.EMPLOYMENT_SUBSIDY_55, 420_000_00L, BY);
        store.setAppropriation(year, SubsidyKind.START_UP_GRANT, 260_000_00L, BY);
        store.setAppropriation(year, SubsidyKind.TRAVEL_COMPENSATION, 35_000_00L, BY);
        store.setAppropriation(year, SubsidyKind.COST_COMPENSATION, 60_000_00L, BY);

        // Within this year, whose appropriations these are (also when the demo starts in late December).
        LocalDate start = today.plusWeeks(2).getYear() == year ? today.plusWeeks(2) : today;
        Instant now = Instant.now();
        List<Application> demo = List.of(
                new Application(SubsidyKind.PAY_SUBSIDY, customer(1), new Application.Employer("1572860-0", "Kotkan Satamalogistiikka Oy (demo)",
                        "company", false), null, null, terms("general", 3_000_00L, null, null, null), 7_200_00L, 6, start, BY, now),
                new Application(SubsidyKind.PAY_SUBSIDY, customer(2), new Application.Employer("0112038-9", "Haminan Kotihoitoyhdistys ry (demo)",
                        "third-sector", false), null, null, terms("association", 2_200_00L, null, 60, null), 14_400_00L, 12, start, BY,
                        now.plusSeconds(1)),
                new Application(SubsidyKind.PAY_SUBSIDY, customer(3), new Application.Employer("0737546-2", "Pyhtään Puutyö Oy (demo)",
                        "company", true), null, null, terms("general", 2_600_00L, null, null, null), 12_000_00L, 10, start, BY, now.plusSeconds(2)),
                new Application(SubsidyKind.EMPLOYMENT_SUBSIDY_55, customer(4), new Application.Employer("2080940-5",
                        "Virolahden Huolto Oy (demo)", "company", false), LocalDate.of(year - 58, 3, 14), null,
                        new Application.Terms(null, 2_500_00L, 30, null, 26, null), 10_800_00L, 10, start, BY, now.plusSeconds(3)),
                new Application(SubsidyKind.START_UP_GRANT, customer(5), null, null, true, 8_400_00L, 12, start, BY, now.plusSeconds(4)),
                new Application(SubsidyKind.TRAVEL_COMPENSATION, customer(6), null, null, null, 180_00L, 1, start, BY, now.plusSeconds(5)));
        demo.forEach(store::add);
        try {
            store.decide(demo.get(2).id(), new DecisionRequest("granted", null, null).checked(store.messages()), BY);
        } catch (fi.polku.api.rest.Problem e) {
            // e.g. no rule set installed for the date: the demo shows the application pending instead
        }
    }

    private static Application.Terms terms(String ground, long payCostCents, Integer weeklyHours, Integer workTimePercent, Integer unemployedMonths) {
        return new Application.Terms(ground, payCostCents, weeklyHours, workTimePercent, unemployedMonths, null);
    }

    /** Stable ids, so that a demo installation always shows the same customers. */
    private static UUID customer(int n) {
        return UUID.nameUUIDFromBytes(("polku-demo-subsidies-customer-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
