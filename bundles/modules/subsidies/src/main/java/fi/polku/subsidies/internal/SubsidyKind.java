package fi.polku.subsidies.internal;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of subsidy and compensation the module handles, each with its own yearly appropriation. */
public enum SubsidyKind {
    PAY_SUBSIDY("pay-subsidy", true, "pay subsidy"),
    EMPLOYMENT_SUBSIDY_55("employment-subsidy-55", true, "employment subsidy for people aged 55+"),
    START_UP_GRANT("start-up-grant", false, "start-up grant"),
    TRAVEL_COMPENSATION("travel-compensation", false, "travel and accommodation compensation"),
    COST_COMPENSATION("cost-compensation", false, "cost compensation");

    private final String id;
    private final boolean toEmployer;
    private final String label;

    SubsidyKind(String id, boolean toEmployer, String label) {
        this.id = id;
        this.toEmployer = toEmployer;
        this.label = label;
    }

    /** The kind's name in JSON and in the database. */
    public String id() {
        return id;
    }

    /** Paid to an employer, who is then named by business ID and kind. */
    public boolean toEmployer() {
        return toEmployer;
    }

    /** A name for messages. */
    public String label() {
        return label;
    }

    public static Optional<SubsidyKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(SubsidyKind::id).toList());
    }
}
