package fi.polku.api.module;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The least a module needs to know to say whether it can serve a customer: no name, no identity
 * code. Everything a module learns about a person it learns from this and, once referred, from
 * the referral. Made by the core ({@link #builder()}; a module's tests may build one too).
 */
public final class ReferralSubject {
    private final int age;
    private final String municipalityCode;
    private final String language;
    private final @Nullable LocalDate jobSearchStart;
    private final boolean integrationPlan;
    private final @Nullable String personKey;

    private ReferralSubject(Builder b) {
        this.age = b.age;
        this.municipalityCode = Objects.requireNonNull(b.municipalityCode, "municipalityCode");
        this.language = Objects.requireNonNull(b.language, "language");
        this.jobSearchStart = b.jobSearchStart;
        this.integrationPlan = b.integrationPlan;
        this.personKey = b.personKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Age in full years on the day of the question. */
    public int age() {
        return age;
    }

    /** The home municipality. */
    public String municipalityCode() {
        return municipalityCode;
    }

    /** {@code fi}, {@code sv} or {@code other}. */
    public String language() {
        return language;
    }

    /** The start of the open job-search period; empty when there is none. */
    public Optional<LocalDate> jobSearchStart() {
        return Optional.ofNullable(jobSearchStart);
    }

    /** True when the customer is entitled to an integration plan. */
    public boolean integrationPlan() {
        return integrationPlan;
    }

    /**
     * A key for the person that is the same in every referral of one customer to the modules of
     * one bundle, and says nothing else about them: for a limit that counts a person's earlier
     * services (months of work trials with one organiser). Given with a referral's subject
     * ({@link ModuleReferrals#subject}); empty before a referral exists.
     *
     * @since 1.2
     */
    public Optional<String> personKey() {
        return Optional.ofNullable(personKey);
    }

    @Override
    public String toString() { // nothing that identifies a person is here, but keep logs short
        return "ReferralSubject[" + age + ", " + municipalityCode + "]";
    }

    /** Builds a {@link ReferralSubject}. */
    public static final class Builder {
        private int age;
        private @Nullable String municipalityCode;
        private String language = "fi";
        private @Nullable LocalDate jobSearchStart;
        private boolean integrationPlan;
        private @Nullable String personKey;

        private Builder() {}

        public Builder age(int age) {
            this.age = age;
            return this;
        }

        public Builder municipalityCode(String municipalityCode) {
            this.municipalityCode = municipalityCode;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder jobSearchStart(@Nullable LocalDate jobSearchStart) {
            this.jobSearchStart = jobSearchStart;
            return this;
        }

        public Builder integrationPlan(boolean integrationPlan) {
            this.integrationPlan = integrationPlan;
            return this;
        }

        /** @since 1.2 */
        public Builder personKey(@Nullable String personKey) {
            this.personKey = personKey;
            return this;
        }

        public ReferralSubject build() {
            return new ReferralSubject(this);
        }
    }
}
