package fi.polku.coaching.internal;

import fi.polku.api.installation.Installation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The courses, in the module's own schema {@code coaching}. A demo installation starts with a few. */
@Component(service = CourseStore.class)
public final class CourseStore {
    private final PersistenceUnit unit;

    @Activate
    public CourseStore(@Reference PersistenceUnits units, @Reference Installation installation) {
        this.unit = units.open(UnitDefinition.of("coaching", Course.class));
        if (installation.isDemo()) {
            unit.run(em -> {
                if (em.createQuery("select count(c) from Course c", Long.class).getSingleResult() == 0) {
                    LocalDate monday = LocalDate.now(fi.polku.api.time.FinnishCalendar.ZONE).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
                    em.persist(new Course("Työnhakuvalmennus verkossa", "job-search", "online", "TENDERED",
                            "Yhteishankinta Kouvolan ja Etelä-Karjalan kanssa", 40, monday));
                    em.persist(new Course("Työnhakuvalmennus, Kotka", "job-search", "in-person", "OWN_PRODUCTION",
                            "Etelä-Kymenlaakson työllisyysalue", 12, monday.plusWeeks(1)));
                    em.persist(new Course("Uravalmennus", "career", "in-person", "IN_HOUSE", "Ekami", 15, monday.plusWeeks(2)));
                    em.persist(new Course("Työhönvalmennus", "work", "in-person", "OWN_PRODUCTION", "Etelä-Kymenlaakson työllisyysalue", 8,
                            monday.plusWeeks(3)));
                }
            });
        }
    }

    @Deactivate
    void close() {
        unit.close();
    }

    public List<Course> courses() {
        return unit.inTransaction(em -> em.createQuery("select c from Course c order by c.startsOn, c.name", Course.class).getResultList());
    }

    /** The unit, shared with {@link Enrolments}: a bundle has one persistence unit. */
    PersistenceUnit unit() {
        return unit;
    }

    public Course add(Course course) {
        unit.run(em -> em.persist(course));
        return course;
    }
}
