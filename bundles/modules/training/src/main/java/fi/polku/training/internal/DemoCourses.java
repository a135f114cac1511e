package fi.polku.training.internal;

import fi.polku.api.installation.Installation;
import fi.polku.api.time.FinnishCalendar;
import java.time.LocalDate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A demo installation starts with the courses of a typical term: most from the local college
 * (Ekami, whose account 'ekami' selects its applicants), one on the entrepreneurial framework
 * agreement, one in Swedish, one joint purchase on this year's appropriation. Added once, through
 * the same checks as a unit lead's course.
 */
@Component(service = DemoCourses.class, immediate = true)
public final class DemoCourses {
    private static final String AREA = "Etelä-Kymenlaakson työllisyysalue";

    @Activate
    public DemoCourses(@Reference Courses courses, @Reference Installation installation) {
        if (!installation.isDemo() || !courses.all().isEmpty()) {
            return;
        }
        LocalDate today = FinnishCalendar.today();
        int year = today.getYear();
        courses.setAppropriation(year, 200_000_00L, "demo");
        courses.setAppropriation(year + 1, 200_000_00L, "demo");
        String open = today.minusWeeks(2).toString();
        String close = today.plusWeeks(3).toString();
        String start = today.plusWeeks(5).toString();
        add(courses, "Logistiikan ja varastoalan työvoimakoulutus", "labour-market", "Ekami", "ekami", "fi", "kotka", 16, open, close, start,
                today.plusWeeks(25));
        add(courses, "Yrittäjäksi Kymenlaaksossa", "entrepreneurial", "Yrittäjäkoulutus (puitesopimus 2025–2026)", null, "fi", "online", 20,
                open, close, start, today.plusWeeks(13));
        add(courses, "Suomen kieli ja työelämä (kotoutumiskoulutus)", "integration", "Ekami", "ekami", "fi", "kotka", 18, open, close, start,
                today.plusWeeks(45));
        add(courses, "Digitaidot työnhakuun (muutosturvakoulutus)", "change-security", "Ekami", "ekami", "fi", "hamina", 12, open, close,
                start, today.plusWeeks(11));
        add(courses, "Kundservice och försäljning", "labour-market", "Ekami", "ekami", "sv", "hamina", 10, open, close, start,
                today.plusWeeks(17));
        // Starts within this year where possible, so that the area's share comes from this year's appropriation.
        LocalDate jointStart = today.plusWeeks(5).getYear() == year ? today.plusWeeks(5) : today.plusWeeks(4);
        courses.add(new CourseInput("RekryKoulutus: satamalogistiikan osaajat", "joint-purchase", "rekry", "Ekami", "ekami", "fi", "kotka", 12,
                open, close, jointStart.toString(), jointStart.plusWeeks(16).toString(), false, 60_000_00L, 18_000_00L, "0112038-9"),
                "demo");
        add(courses, "Työelämäjakso: oma tuotanto", "labour-market", AREA, null, "fi", "kotka", 8, open, close, start, today.plusWeeks(9));
    }

    private static void add(Courses courses, String name, String kind, String provider, String account, String language, String place,
            int seats, String open, String close, String start, LocalDate end) {
        courses.add(new CourseInput(name, kind, null, provider, account, language, place, seats, open, close, start, end.toString(), false,
                null, null, null), "demo");
    }
}
