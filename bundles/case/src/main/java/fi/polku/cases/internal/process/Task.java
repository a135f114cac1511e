package fi.polku.cases.internal.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A statutory step to be done by a due date, owned by a unit's queue or by a caseworker. */
@Entity
@Table(name = "task")
public class Task {
    public static final String OPEN = "open";
    public static final String DONE = "done";
    public static final String CANCELLED = "cancelled";

    @Id
    private UUID id;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(name = "customer_id", nullable = false)
    private UUID customerId;
    @Column(name = "municipality_code", nullable = false, length = 3)
    private String municipalityCode;
    @Column(nullable = false, length = 60)
    private String step;
    @Column(name = "window_from")
    private LocalDate windowFrom;
    @Column(nullable = false)
    private LocalDate due;
    @Column(name = "owner_unit", nullable = false, length = 30)
    private String ownerUnit;
    @Column(name = "owner_user", length = 64)
    private String ownerUser;
    @Column(nullable = false, length = 12)
    private String state;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "done_by", length = 64)
    private String doneBy;

    protected Task() {}

    Task(JobSearchPeriod period, String step, LocalDate windowFrom, LocalDate due) {
        this.id = UUID.randomUUID();
        this.periodId = period.id();
        this.customerId = period.customerId();
        this.municipalityCode = period.municipalityCode();
        this.step = step;
        this.windowFrom = windowFrom;
        this.due = due;
        this.ownerUnit = period.unit();
        this.state = OPEN;
    }

    public UUID id() { return id; }
    public UUID periodId() { return periodId; }
    public UUID customerId() { return customerId; }
    public String step() { return step; }
    public LocalDate windowFrom() { return windowFrom; }
    public LocalDate due() { return due; }
    public String ownerUnit() { return ownerUnit; }
    public String ownerUser() { return ownerUser; }
    public String state() { return state; }
    public Instant doneAt() { return doneAt; }
    public String doneBy() { return doneBy; }
    public boolean isOpen() { return OPEN.equals(state); }

    void complete(String by) {
        state = DONE;
        doneAt = Instant.now();
        doneBy = by;
    }

    /** New dates for an open step, when the rules in force on its day count it differently. */
    void reschedule(LocalDate from, LocalDate newDue) {
        windowFrom = from;
        due = newDue;
    }

    void cancel() {
        state = CANCELLED;
    }

    void assignTo(String user) {
        ownerUser = user;
    }
}
