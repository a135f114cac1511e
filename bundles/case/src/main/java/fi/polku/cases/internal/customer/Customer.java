package fi.polku.cases.internal.customer;

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
    @Column(length = 40)
    private String phone;
    @Column(length = 200)
    private String email;
    @Column(name = "street_address", length = 200)
    private String streetAddress;
    @Column(name = "postal_code", length = 10)
    private String postalCode;
    @Column(name = "post_office", length = 100)
    private String postOffice;
    @Column(name = "preferred_channel", nullable = false, length = 20)
    private String preferredChannel;
    @Column(name = "mother_tongue", length = 3)
    private String motherTongue;
    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;
    @Column(name = "responsible_user", length = 64)
    private String responsibleUser;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected Customer() {}

    Customer(NewCustomer in, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.identityCode = in.identityCode().value();
        this.firstName = in.firstName();
        this.lastName = in.lastName();
        this.municipalityCode = in.municipalityCode();
        this.language = in.language();
        this.phone = in.phone();
        this.email = in.email();
        this.streetAddress = in.streetAddress();
        this.postalCode = in.postalCode();
        this.postOffice = in.postOffice();
        this.preferredChannel = in.preferredChannel();
        this.motherTongue = in.motherTongue();
        this.interpreterNeeded = in.interpreterNeeded();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() { return id; }
    public String identityCode() { return identityCode; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String municipalityCode() { return municipalityCode; }
    public String language() { return language; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String streetAddress() { return streetAddress; }
    public String postalCode() { return postalCode; }
    public String postOffice() { return postOffice; }
    public String preferredChannel() { return preferredChannel; }
    /** The customer's own language as an ISO 639 code; may be absent for customers registered before it was asked. */
    public String motherTongue() { return motherTongue; }
    public boolean interpreterNeeded() { return interpreterNeeded; }
    /** The caseworker responsible for the customer, given by a unit lead; null until then. */
    public String responsibleUser() { return responsibleUser; }
    public Instant createdAt() { return createdAt; }

    void responsibleUser(String username) {
        this.responsibleUser = username;
    }

    /** New contact details, already checked; the version before is kept in customer_contact_version. */
    void contact(ContactInput.Checked in) {
        this.language = in.language();
        this.motherTongue = in.motherTongue();
        this.interpreterNeeded = in.interpreterNeeded();
        this.phone = in.phone();
        this.email = in.email();
        this.streetAddress = in.streetAddress();
        this.postalCode = in.postalCode();
        this.postOffice = in.postOffice();
        this.preferredChannel = in.preferredChannel();
    }
    public String createdBy() { return createdBy; }
}
