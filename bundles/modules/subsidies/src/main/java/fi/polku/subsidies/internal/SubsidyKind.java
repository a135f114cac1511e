package fi.polku.subsidies.internal;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of subsidy and compensation the module handles, each with its own yearly appropriation; names in the catalogue ({@code kind.<id>}). */
public enum SubsidyKind {
    PAY_SUBSIDY("pay-subsidy", true),
    EMPLOYMENT_SUBSIDY_55("employment-subsidy-55", true),
    START_UP_GRANT("start-up-grant", false),
    TRAVEL_COMPENSATION("travel-compensation", false),
    COST_COMPENSATION("cost-compensation", false);

    private final String id;
    private final boolean toEmployer;
    SubsidyKind(String id, boolean toEmployer) {
        this.id = id;
        this.toEmployer = toEmployer;
    }

    /** The kind's name in JSON and in the database. */
    public String id() {
        return id;
    }

    /** Paid to an employer, who is then named by business ID and kind. */
    public boolean toEmployer() {
        return toEmployer;
    }

    public static Optional<SubsidyKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(SubsidyKind::id).toList());
    }

    /** Every kind's name, for a message that lists them: a {@link Reason} whose text is the names joined. */
    static Reason names() {
        return Reason.of("kinds." + values().length, Arrays.stream(values()).map(Reason::kind).toArray());
    }
}
