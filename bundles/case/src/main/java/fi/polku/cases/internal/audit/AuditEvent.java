package fi.polku.cases.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One access to personal data, as read back. Written only by {@link AuditTrail}'s inserts; never updated, never deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false, length = 64)
    private String actor;
    @Column(name = "actor_roles", nullable = false, length = 200)
    private String actorRoles;
    @Column(name = "customer_id")
    private UUID customerId;
    @Column(nullable = false, length = 60)
    private String action;
    @Column(length = 500)
    private String detail;

    protected AuditEvent() {}

    public Long id() { return id; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public String actorRoles() { return actorRoles; }
    public UUID customerId() { return customerId; }
    public String action() { return action; }
    public String detail() { return detail; }
}
