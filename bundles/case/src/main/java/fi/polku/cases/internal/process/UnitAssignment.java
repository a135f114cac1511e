package fi.polku.cases.internal.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** From when a unit served a period, and why. */
@Entity
@Table(name = "unit_assignment")
public class UnitAssignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(nullable = false, length = 30)
    private String unit;
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;
    @Column(nullable = false, length = 200)
    private String reason;
    @Column(name = "assigned_by", nullable = false, length = 64)
    private String assignedBy;

    protected UnitAssignment() {}

    UnitAssignment(UUID periodId, String unit, LocalDate fromDate, String reason, String assignedBy) {
        this.periodId = periodId;
        this.unit = unit;
        this.fromDate = fromDate;
        this.reason = reason;
        this.assignedBy = assignedBy;
    }

    public String unit() { return unit; }
    public LocalDate fromDate() { return fromDate; }
    public String reason() { return reason; }
    public String assignedBy() { return assignedBy; }
}
