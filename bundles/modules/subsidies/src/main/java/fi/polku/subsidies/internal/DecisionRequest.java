package fi.polku.subsidies.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A unit lead's decision as sent: {@code outcome} granted, partly or refused; {@code grantedCents}
 * for a partial grant (a full grant is the amount applied for); {@code reasons}, which partial
 * grants and refusals must give.
 */
public record DecisionRequest(String outcome, Long grantedCents, String reasons) {
    private static final Set<String> OUTCOMES = Set.of("granted", "partly", "refused");
    static final int MAX_REASONS = 2000;

    /** Checks what can be checked without the application; the same request with trimmed reasons. */
    DecisionRequest checked(Messages messages) {
        Problem.Builder refused = Problem.invalid();
        if (outcome == null || !OUTCOMES.contains(outcome)) { // Set.of rejects null
            refused.field("outcome", messages.texts("decision.outcome"));
        }
        String r = reasons == null ? "" : reasons.trim();
        if (r.length() > MAX_REASONS) {
            refused.field("reasons", messages.texts("decision.reasons-too-long", MAX_REASONS));
        } else if (r.isEmpty() && !"granted".equals(outcome)) {
            refused.field("reasons", messages.texts("decision.reasons-needed"));
        }
        if ("refused".equals(outcome) && grantedCents != null && grantedCents != 0) {
            refused.field("grantedCents", messages.texts("decision.refusal-grants-nothing"));
        }
        if ("partly".equals(outcome) && (grantedCents == null || grantedCents <= 0)) {
            refused.field("grantedCents", messages.texts("decision.partly-amount"));
        }
        if (refused.hasFields()) {
            throw refused.build();
        }
        // The decision is a document of the area's, written in Finnish as the area's decisions are.
        return new DecisionRequest(outcome, grantedCents, r.isEmpty() ? messages.text("fi", "decision.granted-as-applied") : r);
    }

    /** The amount the decision grants for this application: all, part of it (less than applied for) or nothing. */
    long grantedCents(Application a, Messages messages) {
        switch (outcome) {
            case "granted" -> {
                if (grantedCents != null && grantedCents != a.requestedCents()) {
                    throw Problem.invalid().field("grantedCents", messages.texts("decision.full-amount", Money.format(a.requestedCents())))
                            .build();
                }
                return a.requestedCents();
            }
            case "partly" -> {
                if (grantedCents >= a.requestedCents()) {
                    throw Problem.invalid().field("grantedCents", messages.texts("decision.partly-less", Money.format(a.requestedCents())))
                            .build();
                }
                return grantedCents;
            }
            default -> {
                return 0;
            }
        }
    }
}
