package fi.polku.cases.internal.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One version of an employment plan. A version is never changed; an update is a new version. */
@Entity
@Table(name = "employment_plan")
public class PlanVersion {
    @Id
    private UUID id;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(nullable = false)
    private int version;
    @Column(name = "applications_per_month", nullable = false)
    private int applicationsPerMonth;
    @Column(name = "agreed_services", length = 4000)
    private String agreedServices;
    @Column(name = "contact_method", nullable = false, length = 20)
    private String contactMethod;
    @Column(length = 4000)
    private String notes;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected PlanVersion() {}

    PlanVersion(UUID periodId, int version, Inputs.PlanInput in, String createdBy) {
        this.id = UUID.randomUUID();
        this.periodId = periodId;
        this.version = version;
        this.applicationsPerMonth = in.applicationsPerMonth();
        this.agreedServices = in.agreedServices();
        this.contactMethod = in.contactMethod();
        this.notes = in.notes();
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    public int version() { return version; }
    public int applicationsPerMonth() { return applicationsPerMonth; }
    public String agreedServices() { return agreedServices; }
    public String contactMethod() { return contactMethod; }
    public String notes() { return notes; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
