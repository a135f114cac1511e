package fi.polku.cases.internal.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A job search from its start to its end; the rule set is fixed by the start date. */
@Entity
@Table(name = "job_search_period")
public class JobSearchPeriod {
    /**
     * Why a job search ends, as codes whose names the catalogues give in three languages:
     * employed (in the open labour market), self-employed, full-time studies, moved out of the
     * area, at the customer's request, retired, not available for work (e.g. military service,
     * family leave), not reached, ended for a neglect (e.g. not attending), other.
     */
    public static final java.util.Set<String> END_REASONS = java.util.Set.of("employed", "self-employed", "studies", "moved",
            "customer-request", "retired", "not-available", "not-reached", "neglect", "other");

    @Id
    private UUID id;
    @Column(name = "customer_id", nullable = false)
    private UUID customerId;
    @Column(name = "municipality_code", nullable = false, length = 3)
    private String municipalityCode;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(nullable = false, length = 30)
    private String status;
    @Column(name = "rule_set", nullable = false, length = 20)
    private String ruleSet;
    @Column(nullable = false, length = 30)
    private String unit;
    @Column(name = "integration_plan", nullable = false)
    private boolean integrationPlan;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "end_reason", length = 200)
    private String endReason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected JobSearchPeriod() {}

    JobSearchPeriod(UUID customerId, String municipalityCode, LocalDate startDate, String status, String ruleSet, String unit,
            boolean integrationPlan, String createdBy) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.municipalityCode = municipalityCode;
        this.startDate = startDate;
        this.status = status;
        this.ruleSet = ruleSet;
        this.unit = unit;
        this.integrationPlan = integrationPlan;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    public UUID id() { return id; }
    public UUID customerId() { return customerId; }
    public String municipalityCode() { return municipalityCode; }
    public LocalDate startDate() { return startDate; }
    public String status() { return status; }
    public String ruleSet() { return ruleSet; }
    public String unit() { return unit; }
    public boolean integrationPlan() { return integrationPlan; }
    public LocalDate endDate() { return endDate; }
    public String endReason() { return endReason; }
    public boolean isOpen() { return endDate == null; }

    void moveTo(String newUnit) {
        this.unit = newUnit;
    }

    void end(LocalDate date, String reason) {
        this.endDate = date;
        this.endReason = reason;
    }
}
