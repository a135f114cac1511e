package fi.polku.coaching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A coaching course: job-search, career or work coaching, online or in person, with its seats. */
@Entity
@Table(name = "course")
public class Course {
    @Id
    private UUID id;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false, length = 20)
    private String kind;
    @Column(nullable = false, length = 20)
    private String delivery;
    @Column(name = "production_mode", nullable = false, length = 20)
    private String productionMode;
    @Column(nullable = false, length = 200)
    private String provider;
    @Column(nullable = false)
    private int capacity;
    /** Maintained by {@link Enrolments} with conditional updates only; never written from here. */
    @Column(name = "seats_taken", nullable = false, insertable = false, updatable = false)
    private int seatsTaken;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    protected Course() {}

    Course(String name, String kind, String delivery, String productionMode, String provider, int capacity, LocalDate startsOn) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.kind = kind;
        this.delivery = delivery;
        this.productionMode = productionMode;
        this.provider = provider;
        this.capacity = capacity;
        this.startsOn = startsOn;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String kind() { return kind; }
    public String delivery() { return delivery; }
    public String productionMode() { return productionMode; }
    public String provider() { return provider; }
    public int capacity() { return capacity; }
    public int seatsTaken() { return seatsTaken; }
    public LocalDate startsOn() { return startsOn; }
}
