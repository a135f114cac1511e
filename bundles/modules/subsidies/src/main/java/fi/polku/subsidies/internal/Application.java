package fi.polku.subsidies.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An application for a subsidy or compensation; it waits as {@code pending} until a unit lead decides it. */
@Entity
@Table(name = "application")
public class Application {
    @Id
    private UUID id;
    @Column(nullable = false, length = 30)
    private String kind;
    @Column(name = "customer_id", nullable = false)
    private UUID customerId;
    @Column(name = "employer_business_id", length = 9)
    private String employerBusinessId;
    @Column(name = "employer_name", length = 200)
    private String employerName;
    @Column(name = "employer_kind", length = 20)
    private String employerKind;
    @Column(nullable = false)
    private boolean apprenticeship;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "full_time")
    private Boolean fullTime;
    @Column(name = "requested_cents", nullable = false)
    private long requestedCents;
    @Column(nullable = false)
    private int months;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(nullable = false, length = 20)
    private String status;
    @Column(nullable = false)
    private boolean priority;
    @Column(length = 30)
    private String ground;
    @Column(name = "pay_cost_cents")
    private Long payCostCents;
    @Column(name = "weekly_hours")
    private Integer weeklyHours;
    @Column(name = "work_time_percent")
    private Integer workTimePercent;
    @Column(name = "unemployed_months")
    private Integer unemployedMonths;
    @Column(name = "employment_months")
    private Integer employmentMonths;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Application() {}

    /** The employer fields are null for kinds paid to the person; birthDate only where an age rule needs it. */
    Application(SubsidyKind kind, UUID customerId, Employer employer, LocalDate birthDate, Boolean fullTime, long requestedCents,
            int months, LocalDate startDate, String createdBy, Instant now) {
        this(kind, customerId, employer, birthDate, fullTime, Terms.NONE, requestedCents, months, startDate, createdBy, now);
    }

    /** With the terms the kind's rules look at. */
    Application(SubsidyKind kind, UUID customerId, Employer employer, LocalDate birthDate, Boolean fullTime, Terms terms, long requestedCents,
            int months, LocalDate startDate, String createdBy, Instant now) {
        this.ground = terms.ground();
        this.payCostCents = terms.payCostCents();
        this.weeklyHours = terms.weeklyHours();
        this.workTimePercent = terms.workTimePercent();
        this.unemployedMonths = terms.unemployedMonths();
        this.employmentMonths = terms.employmentMonths();
        this.id = UUID.randomUUID();
        this.kind = kind.id();
        this.customerId = customerId;
        if (employer != null) {
            this.employerBusinessId = employer.businessId();
            this.employerName = employer.name();
            this.employerKind = employer.kind();
            this.apprenticeship = employer.apprenticeship();
        }
        this.birthDate = birthDate;
        this.fullTime = fullTime;
        this.requestedCents = requestedCents;
        this.months = months;
        this.startDate = startDate;
        this.status = "pending";
        // The service plan: pay-subsidy applications of companies and for apprenticeships are handled first.
        this.priority = kind == SubsidyKind.PAY_SUBSIDY && employer != null && (employer.apprenticeship() || "company".equals(employer.kind()));
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * What the rules of pay subsidy and the 55+ subsidy look at; null where a kind does not ask it.
     *
     * @param ground           pay subsidy: general, reduced-work-ability or association
     * @param payCostCents     the employer's pay costs a month
     * @param weeklyHours      55+: working hours a week
     * @param workTimePercent  pay subsidy on the association ground: working time in percent of full time
     * @param unemployedMonths months unemployed within the last 28 (55+), or without a break before the start (a municipality's pay subsidy)
     * @param employmentMonths 55+: the length of a fixed-term employment; null when it is open-ended
     */
    public record Terms(String ground, Long payCostCents, Integer weeklyHours, Integer workTimePercent, Integer unemployedMonths,
            Integer employmentMonths) {
        static final Terms NONE = new Terms(null, null, null, null, null, null);
    }

    /** The employer of an employer subsidy. */
    public record Employer(String businessId, String name, String kind, boolean apprenticeship) {}

    void decided(String outcome, Instant now) {
        this.status = outcome;
        this.updatedAt = now;
    }

    SubsidyRules.Facts facts() {
        return new SubsidyRules.Facts(kind(), startDate, months, birthDate, fullTime, employerKind, terms(), requestedCents);
    }

    public UUID id() { return id; }
    public SubsidyKind kind() { return SubsidyKind.of(kind).orElseThrow(); }
    public UUID customerId() { return customerId; }
    public String employerBusinessId() { return employerBusinessId; }
    public String employerName() { return employerName; }
    public String employerKind() { return employerKind; }
    public boolean apprenticeship() { return apprenticeship; }
    public LocalDate birthDate() { return birthDate; }
    public Boolean fullTime() { return fullTime; }
    public long requestedCents() { return requestedCents; }
    public int months() { return months; }
    public LocalDate startDate() { return startDate; }
    public String status() { return status; }
    public Terms terms() { return new Terms(ground, payCostCents, weeklyHours, workTimePercent, unemployedMonths, employmentMonths); }
    public boolean priority() { return priority; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
