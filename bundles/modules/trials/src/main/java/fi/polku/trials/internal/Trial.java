package fi.polku.trials.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A trial agreed on a referral: an education trial at an institution or a work trial at a
 * workplace, its grounds, tasks, times and the organiser's assurance. Its state moves by
 * conditional updates in {@link Trials}, never from here.
 */
@Entity
@Table(name = "trial")
public class Trial {
    @Id
    private UUID id;
    @Column(name = "referral_id", nullable = false)
    private UUID referralId;
    @Column(name = "person_key", nullable = false)
    private String personKey;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false, insertable = true, updatable = false)
    private String state;
    @Column(name = "organiser_name", nullable = false)
    private String organiserName;
    @Column(name = "organiser_business_id", nullable = false)
    private String organiserBusinessId;
    @Column(name = "organiser_account")
    private String organiserAccount;
    @Column(name = "statutory_ground", nullable = false)
    private String statutoryGround;
    @Column(name = "policy_ground", nullable = false)
    private String policyGround;
    @Column(nullable = false)
    private String tasks;
    @Column(name = "hours_per_day")
    private BigDecimal hoursPerDay;
    @Column(name = "days_per_week")
    private Integer daysPerWeek;
    @Column(name = "trial_days")
    private Integer trialDays;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(nullable = false)
    private boolean assurance;
    @Column(name = "agreed_at", nullable = false)
    private Instant agreedAt;
    @Column(name = "agreed_by", nullable = false)
    private String agreedBy;
    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", insertable = false, updatable = false)
    private String updatedBy;
    @Column(insertable = false, updatable = false)
    private String note;

    protected Trial() {}

    Trial(UUID referralId, String personKey, TrialInput.Valid v, String by) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.personKey = personKey;
        this.kind = v.kind();
        this.state = "agreed";
        this.organiserName = v.organiserName();
        this.organiserBusinessId = v.organiserBusinessId();
        this.organiserAccount = v.organiserAccount();
        this.statutoryGround = v.statutoryGround();
        this.policyGround = v.policyGround();
        this.tasks = v.tasks();
        this.hoursPerDay = v.hoursPerDay();
        this.daysPerWeek = v.daysPerWeek();
        this.trialDays = v.trialDays();
        this.startsOn = v.startsOn();
        this.endsOn = v.endsOn();
        this.assurance = v.assurance();
        this.agreedAt = Instant.now();
        this.agreedBy = by;
    }

    public UUID id() { return id; }
    public UUID referralId() { return referralId; }
    String personKey() { return personKey; }
    public String kind() { return kind; }
    public String state() { return state; }
    public String organiserName() { return organiserName; }
    public String organiserBusinessId() { return organiserBusinessId; }
    public String organiserAccount() { return organiserAccount; }
    public String statutoryGround() { return statutoryGround; }
    public String policyGround() { return policyGround; }
    public String tasks() { return tasks; }
    public BigDecimal hoursPerDay() { return hoursPerDay; }
    public Integer daysPerWeek() { return daysPerWeek; }
    public Integer trialDays() { return trialDays; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public boolean assurance() { return assurance; }
    public Instant agreedAt() { return agreedAt; }
    public String agreedBy() { return agreedBy; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
    public String note() { return note; }
}
