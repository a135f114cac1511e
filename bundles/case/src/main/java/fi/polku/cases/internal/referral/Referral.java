package fi.polku.cases.internal.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A customer referred to a service module, and where the referral stands. */
@Entity
@Table(name = "referral")
public class Referral {
    /** The lifecycle: which states may follow which. */
    static final Map<String, Set<String>> NEXT = Map.of(
            "referred", Set.of("accepted", "declined"),
            // A person taken in who does not start after all (fell ill, found work) is interrupted before the start.
            "accepted", Set.of("started", "interrupted"),
            "started", Set.of("completed", "interrupted"),
            "declined", Set.of(),
            "completed", Set.of(),
            "interrupted", Set.of());
    /** The transitions that must say why (declined, interrupted) or with what result (completed). */
    static final Set<String> NEEDS_NOTE = Set.of("declined", "interrupted", "completed");

    @Id
    private UUID id;
    @Column(name = "customer_id", nullable = false)
    private UUID customerId;
    @Column(name = "municipality_code", nullable = false, length = 3)
    private String municipalityCode;
    @Column(name = "service_type", nullable = false, length = 40)
    private String serviceType;
    @Column(name = "module_id", nullable = false, length = 80)
    private String moduleId;
    @Column(nullable = false, length = 1000)
    private String purpose;
    @Column(nullable = false, length = 12)
    private String state;
    @Column(length = 1000)
    private String note;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected Referral() {}

    Referral(UUID customerId, String municipalityCode, String serviceType, String moduleId, String purpose, String by) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.municipalityCode = municipalityCode;
        this.serviceType = serviceType;
        this.moduleId = moduleId;
        this.purpose = purpose;
        this.state = "referred";
        this.createdAt = Instant.now();
        this.createdBy = by;
        this.updatedAt = createdAt;
        this.updatedBy = by;
    }

    public UUID id() { return id; }
    public UUID customerId() { return customerId; }
    public String municipalityCode() { return municipalityCode; }
    public String serviceType() { return serviceType; }
    public String moduleId() { return moduleId; }
    public String purpose() { return purpose; }
    public String state() { return state; }
    public String note() { return note; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }

    /** Moves to {@code next} if the lifecycle allows it; false when it does not. */
    boolean moveTo(String next, String withNote, String by) {
        if (!NEXT.getOrDefault(state, Set.of()).contains(next)) {
            return false;
        }
        state = next;
        note = withNote;
        updatedAt = Instant.now();
        updatedBy = by;
        return true;
    }
}
