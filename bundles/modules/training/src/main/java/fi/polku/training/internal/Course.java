package fi.polku.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A training course: its kind, provider, language, place, seats and application period. Seats
 * taken are kept by conditional updates in {@link Applications}, never written from here.
 */
@Entity
@Table(name = "course")
public class Course {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String kind;
    @Column(name = "joint_kind")
    private String jointKind;
    @Column(nullable = false)
    private String provider;
    @Column(name = "provider_account")
    private String providerAccount;
    @Column(nullable = false)
    private String language;
    @Column(nullable = false)
    private String place;
    @Column(nullable = false)
    private int seats;
    @Column(name = "seats_taken", nullable = false, insertable = false, updatable = false)
    private int seatsTaken;
    @Column(name = "applications_open", nullable = false)
    private LocalDate applicationsOpen;
    @Column(name = "applications_close", nullable = false)
    private LocalDate applicationsClose;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "price_cents")
    private Long priceCents;
    @Column(name = "employer_share_cents")
    private Long employerShareCents;
    @Column(name = "employer_business_id")
    private String employerBusinessId;
    @Column(name = "appropriation_year")
    private Integer appropriationYear;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Course() {}

    Course(CourseInput.Valid v, String by) {
        this.id = UUID.randomUUID();
        this.name = v.name();
        this.kind = v.kind();
        this.jointKind = v.jointKind();
        this.provider = v.provider();
        this.providerAccount = v.providerAccount();
        this.language = v.language();
        this.place = v.place();
        this.seats = v.seats();
        this.applicationsOpen = v.applicationsOpen();
        this.applicationsClose = v.applicationsClose();
        this.startsOn = v.startsOn();
        this.endsOn = v.endsOn();
        this.priceCents = v.priceCents();
        this.employerShareCents = v.employerShareCents();
        this.employerBusinessId = v.employerBusinessId();
        this.appropriationYear = v.kind().equals("joint-purchase") ? v.startsOn().getYear() : null;
        this.createdAt = Instant.now();
        this.createdBy = by;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String kind() { return kind; }
    public String jointKind() { return jointKind; }
    public String provider() { return provider; }
    public String providerAccount() { return providerAccount; }
    public String language() { return language; }
    public String place() { return place; }
    public int seats() { return seats; }
    public int seatsTaken() { return seatsTaken; }
    public LocalDate applicationsOpen() { return applicationsOpen; }
    public LocalDate applicationsClose() { return applicationsClose; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public Long priceCents() { return priceCents; }
    public Long employerShareCents() { return employerShareCents; }
    public String employerBusinessId() { return employerBusinessId; }
    public Integer appropriationYear() { return appropriationYear; }

    /** The area's share of a joint purchase: what the appropriation pays. */
    long areaShareCents() {
        return priceCents == null ? 0 : priceCents - employerShareCents;
    }

    boolean openForApplications(LocalDate day) {
        return !day.isBefore(applicationsOpen) && !day.isAfter(applicationsClose);
    }
}
