package fi.polku.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A job seeker registered in the employment area. */
@Entity
@Table(name = "customer")
public class Customer {
    @Id
    private UUID id;
    @Column(name = "identity_code", nullable = false, length = 11)
    private String identityCode;
    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;
    @Column(name = "municipality_code", nullable = false, length = 3)
    private String municipalityCode;
    @Column(nullable = false, length = 5)
    private String language;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected Customer() {}

    Customer(String identityCode, String firstName, String lastName, String municipalityCode, String language,
            Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.identityCode = identityCode;
        this.firstName = firstName;
        this.lastName = lastName;
        this.municipalityCode = municipalityCode;
        this.language = language;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() { return id; }
    public String identityCode() { return identityCode; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String municipalityCode() { return municipalityCode; }
    public String language() { return language; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
