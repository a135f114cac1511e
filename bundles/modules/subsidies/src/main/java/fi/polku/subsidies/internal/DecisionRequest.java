package fi.polku.subsidies.internal;

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
    DecisionRequest checked() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (outcome == null || !OUTCOMES.contains(outcome)) { // Set.of rejects null
            fields.put("outcome", "outcome is granted, partly or refused.");
        }
        String r = reasons == null ? "" : reasons.trim();
        if (r.length() > MAX_REASONS) {
            fields.put("reasons", "reasons are at most " + MAX_REASONS + " characters.");
        } else if (r.isEmpty() && !"granted".equals(outcome)) {
            fields.put("reasons", "A partial grant or a refusal gives its reasons.");
        }
        if ("refused".equals(outcome) && grantedCents != null && grantedCents != 0) {
            fields.put("grantedCents", "A refusal grants nothing; leave grantedCents out.");
        }
        if ("partly".equals(outcome) && (grantedCents == null || grantedCents <= 0)) {
            fields.put("grantedCents", "A partial grant names the amount granted, in cents, more than 0.");
        }
        if (!fields.isEmpty()) {
            throw SubsidyException.invalid(fields);
        }
        return new DecisionRequest(outcome, grantedCents, r.isEmpty() ? "Granted as applied for." : r);
    }

    /** The amount the decision grants for this application: all, part of it (less than applied for) or nothing. */
    long grantedCents(Application a) {
        switch (outcome) {
            case "granted" -> {
                if (grantedCents != null && grantedCents != a.requestedCents()) {
                    throw SubsidyException.invalid("grantedCents", "A full grant is the amount applied for (" + a.requestedCents()
                            + " cents); for less, decide partly.");
                }
                return a.requestedCents();
            }
            case "partly" -> {
                if (grantedCents >= a.requestedCents()) {
                    throw SubsidyException.invalid("grantedCents", "A partial grant is less than the amount applied for ("
                            + a.requestedCents() + " cents).");
                }
                return grantedCents;
            }
            default -> {
                return 0;
            }
        }
    }
}
