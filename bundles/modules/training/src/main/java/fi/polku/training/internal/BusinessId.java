package fi.polku.training.internal;

import java.util.Optional;

/** The business ID checked by the API's rule, its fault worded in this module's catalogue. */
final class BusinessId {
    private BusinessId() {}

    /** What is wrong with the value, as a reason of the catalogue; empty when it is a valid business ID. */
    static Optional<Refusal> problem(String value) {
        return fi.polku.api.organisation.BusinessId.fault(value).map(f -> f == fi.polku.api.organisation.BusinessId.Fault.CONTROL
                || f == fi.polku.api.organisation.BusinessId.Fault.NO_SUCH_START ? new Refusal("business-id.control", value.trim())
                : new Refusal("business-id.form"));
    }
}
